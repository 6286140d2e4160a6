// Client card section: cloud applications and logins with masked passwords, reveal per row (logged), forms for managers, recent reveals.
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { staffCan } from "@/server/auth/permissions";
import type { CloudAccessList } from "@/server/cloud-access/cloud-access.service";
import type { InvitationState, StaffRole } from "@/server/generated/prisma/enums";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { AccessForm } from "../access/access-form";
import { RemoveAccessForm } from "../access/remove-form";
import { RevealButton } from "../access/reveal-button";

const disclosure = "cursor-pointer text-sm font-medium text-brand-700 hover:underline";

type Props = {
  client: { id: string; authorizedPersons: { id: string; fullName: string; invitationState: InvitationState }[] };
  access: CloudAccessList;
  role: StaffRole;
};

export async function CloudAccessSection({ client, access, role }: Props) {
  const clientId = client.id;
  const [t, format] = await Promise.all([getTranslations("cloudAccess"), getFormatter()]);
  const canManage = staffCan(role, "cloudAccess.manage");
  const canReveal = staffCan(role, "cloudAccess.reveal");
  const persons = client.authorizedPersons.filter((p) => p.invitationState !== "REVOKED").map((p) => ({ id: p.id, fullName: p.fullName }));

  return (
    <Card>
      <CardHeader title={t("title")} description={t("subtitle")} />
      <div data-testid="cloud-access">
        {access.items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={canManage ? t("emptyBody") : t("emptyBodyReadOnly")} />
        ) : (
          <Table caption={t("caption")}>
            <thead>
              <tr>
                <Th>{t("application")}</Th>
                <Th>{t("person")}</Th>
                <Th>{t("login")}</Th>
                <Th>{t("password")}</Th>
                {canManage ? <Th>{t("actionsColumn")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {access.items.map((item) => (
                <Tr key={item.id} data-testid="cloud-access-row">
                  <Td>
                    <span className="block font-medium text-ink">{item.application}</span>
                    <a href={item.url} target="_blank" rel="noopener noreferrer" className="text-xs break-all text-brand-700 hover:underline">
                      {item.url}
                    </a>
                  </Td>
                  <Td>{item.person?.fullName ?? <span className="text-muted">{t("noPerson")}</span>}</Td>
                  <Td className="font-mono">{item.login}</Td>
                  <Td>
                    {canReveal ? <RevealButton clientId={clientId} accessId={item.id} mask={item.passwordMask} /> : <code className="font-mono">{item.passwordMask}</code>}
                  </Td>
                  {canManage ? (
                    <Td className="space-y-2">
                      <details>
                        <summary className={disclosure}>{t("edit")}</summary>
                        <div className="mt-3 min-w-72">
                          <AccessForm
                            clientId={clientId}
                            persons={persons}
                            existing={{ id: item.id, application: item.application, url: item.url, login: item.login, personId: item.person?.id ?? null, updatedAt: item.updatedAt.toISOString() }}
                          />
                        </div>
                      </details>
                      <details>
                        <summary className={disclosure}>{t("remove")}</summary>
                        <div className="mt-3">
                          <RemoveAccessForm clientId={clientId} accessId={item.id} updatedAt={item.updatedAt.toISOString()} />
                        </div>
                      </details>
                    </Td>
                  ) : null}
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        {canManage ? (
          <CardBody className="border-t border-line">
            <details data-testid="cloud-access-add">
              <summary className={disclosure}>{t("add")}</summary>
              <div className="mt-4">
                <AccessForm clientId={clientId} persons={persons} />
              </div>
            </details>
          </CardBody>
        ) : null}
        <CardBody className="border-t border-line">
          <h3 className="text-sm font-semibold text-ink">{t("reveals.title")}</h3>
          {access.recentReveals.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{t("reveals.empty")}</p>
          ) : (
            <ul data-testid="cloud-access-reveals" className="mt-2 space-y-1 text-sm text-ink-soft">
              {access.recentReveals.map((r) => (
                <li key={r.id} className="flex flex-wrap justify-between gap-x-4">
                  <span>{t("reveals.item", { who: r.by ?? t("reveals.unknown"), application: r.application ?? "—" })}</span>
                  <time dateTime={r.at.toISOString()} className="text-muted tabular-nums">
                    {format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </div>
    </Card>
  );
}
