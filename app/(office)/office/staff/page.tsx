// Office staff list: the firm's members by name with e-mail, role and status, searchable and by pages; ADMIN invites and opens cards.
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { StaffFilters } from "./filters";
import { ActionForm } from "../groups/_lib/action-form";
import { inviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.staff");
  return { title: t("metaTitle") };
}

const ROLES = ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const;
const PAGE_SIZE = 50;

const roleParam = (value: string | undefined) => ROLES.find((role) => role === value);

export default async function StaffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const search = firstParam(params, "q");
  const role = roleParam(firstParam(params, "role"));
  const cursor = firstParam(params, "cursor", 64);
  const actor = await requireStaff("/office/staff");
  const canManage = staffCan(actor.role, "staff.manage");
  const api = await serverApi();
  const [page, t, tAdmin, tRole] = await Promise.all([
    api.office.staff.list({ search, role, cursor, limit: PAGE_SIZE }),
    getTranslations("office.staff"),
    getTranslations("staffAdmin"),
    getTranslations("enums.role"),
  ]);
  const staff = page.items;

  return (
    <>
      <PageHeader title={t("title")} description={canManage ? t("subtitle") : tAdmin("readOnly")} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <StaffFilters search={search} role={role} roles={ROLES} />
          {staff.length === 0 ? (
            search || role || cursor ? <EmptyState title={t("noResultsTitle")} body={t("noResultsBody")} /> : <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
          ) : (
            <Table caption={t("tableCaption")}>
              <thead>
                <tr>
                  <Th>{t("columns.name")}</Th>
                  <Th>{t("columns.email")}</Th>
                  <Th>{t("columns.role")}</Th>
                  <Th>{t("columns.active")}</Th>
                </tr>
              </thead>
              <tbody>
                {staff.map((member) => {
                  const name = member.user.name ?? member.user.email;
                  return (
                    <Tr key={member.id} data-testid="staff-row">
                      <Td className="font-medium text-ink">
                        {canManage ? (
                          <Link href={`/office/staff/${member.id}`} className="text-brand-700 hover:underline" aria-label={tAdmin("manage", { name })} data-testid="staff-manage-link">
                            {name}
                          </Link>
                        ) : (
                          name
                        )}
                      </Td>
                      <Td className="break-all">{member.user.email}</Td>
                      <Td>{tRole(member.role)}</Td>
                      <Td>
                        {!member.active ? <Badge>{t("inactive")}</Badge> : member.pending ? <Badge tone="info">{tAdmin("pending")}</Badge> : <Badge tone="success">{t("active")}</Badge>}
                      </Td>
                    </Tr>
                  );
                })}
              </tbody>
            </Table>
          )}
          <Pagination basePath="/office/staff" params={{ q: search, role }} nextCursor={page.nextCursor} isFirstPage={!cursor} />
        </Card>
        {canManage ? (
          <Card>
            <CardHeader title={tAdmin("inviteForm.title")} description={tAdmin("inviteForm.description")} />
            <CardBody>
              <ActionForm
                action={inviteAction}
                testId="staff-invite-form"
                idPrefix="staff-invite"
                fields={[
                  { name: "name", label: tAdmin("inviteForm.name"), required: true, maxLength: 200, autoComplete: "off" },
                  { name: "email", label: tAdmin("inviteForm.email"), type: "email", required: true, maxLength: 254, autoComplete: "off" },
                  { name: "role", label: tAdmin("inviteForm.role"), type: "select", required: true, defaultValue: "OPERATOR", options: ROLES.map((role) => ({ value: role, label: tRole(role) })) },
                  { name: "locale", label: tAdmin("inviteForm.locale"), type: "select", defaultValue: "ru", options: (["ru", "en"] as const).map((l) => ({ value: l, label: tAdmin(`inviteForm.locales.${l}`) })) },
                ]}
                submitLabel={tAdmin("inviteForm.submit")}
                pendingLabel={tAdmin("inviteForm.pending")}
              />
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
