// The client's authorized persons with their rights; those allowed to manage persons can revoke others and invite.
import { getTranslations } from "@/app/_i18n/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import type { InvitationState } from "@/server/generated/prisma/enums";
import { InviteForm } from "./invite-form";
import { RevokeButton } from "./revoke-button";

type Person = { id: string; fullName: string; position: string | null; email: string; canViewCredentials: boolean; canManagePersons: boolean; invitationState: InvitationState; isMe: boolean };

export async function PersonsCard({ clientId, persons, canManage }: { clientId: string; persons: Person[]; canManage: boolean }) {
  const [t, tState] = await Promise.all([getTranslations("portal.persons"), getTranslations("enums.invitationState")]);
  return (
    <Card>
      <CardHeader title={t("title")} description={t("subtitle")} />
      <ul aria-label={t("listLabel")} data-testid="persons-list" className="divide-y divide-line">
        {persons.map((person, index) => {
          const rights = [person.canViewCredentials ? t("canViewCredentials") : null, person.canManagePersons ? t("canManagePersons") : null].filter(Boolean);
          return (
            <li key={person.id} className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
              <div className="min-w-0">
                <p className="text-sm font-semibold text-ink">
                  {person.fullName} {person.isMe ? <span className="font-normal text-muted">({t("me")})</span> : null}
                </p>
                <p className="text-sm break-all text-ink-soft">
                  {[person.position, person.email].filter(Boolean).join(" · ")}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                  <Badge tone={person.invitationState === "ACTIVE" ? "success" : "info"}>{tState(person.invitationState)}</Badge>
                  <span>
                    {t("rights")}: {rights.length ? rights.join(", ") : t("noRights")}
                  </span>
                </p>
              </div>
              {canManage && !person.isMe ? <RevokeButton clientId={clientId} personId={person.id} name={person.fullName} index={index} /> : null}
            </li>
          );
        })}
      </ul>
      {canManage ? (
        <CardBody className="border-t border-line">
          <h3 className="text-base font-semibold text-ink">{t("inviteTitle")}</h3>
          <p className="mt-1 mb-4 text-sm text-muted">{t("inviteBody")}</p>
          <InviteForm clientId={clientId} />
        </CardBody>
      ) : null}
    </Card>
  );
}
