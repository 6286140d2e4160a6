// A staff member's card for the ADMIN: status and invitation, role change, open work with hand-over, deactivate/reactivate.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { orNotFound } from "@/app/_components/not-found-errors";
import { ChoiceSearch } from "@/app/_components/choice-search";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ActionForm } from "../../groups/_lib/action-form";
import { changeRoleAction, deactivateAction, handOverAction, reactivateAction, resendAction } from "../actions";
import { OpenWorkList } from "./open-work";

type Params = { params: Promise<{ staffId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.staff");
  return { title: t("metaTitle") };
}

const ROLES = ["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const;

export default async function StaffCardPage({ params, searchParams }: Params) {
  await connection();
  const { staffId } = await params;
  const successorSearch = firstParam(await searchParams, "successor");
  const actor = await requireStaff(`/office/staff/${staffId}`);
  if (!staffCan(actor.role, "staff.manage")) notFound();
  const api = await serverApi();
  const [member, choices, t, tStaff, tRole, format] = await Promise.all([
    orNotFound(api.office.staff.get({ staffId })),
    api.office.staff.choices({ search: successorSearch, excludeStaffId: staffId }),
    getTranslations("staffAdmin.card"),
    getTranslations("office.staff"),
    getTranslations("enums.role"),
    getFormatter(),
  ]);
  const name = member.user.name ?? member.user.email;
  const successors = choices.items.map((s) => ({ value: s.id, label: `${s.name} — ${tRole(s.role)}` }));
  const hidden = { staffId: member.id };

  return (
    <>
      <PageHeader title={name} description={`${member.user.email} · ${tRole(member.role)}`} back={{ href: "/office/staff", label: t("back") }} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("activeTitle")} />
          <CardBody className="space-y-4">
            <div className="flex flex-wrap items-center gap-2" data-testid="staff-status">
              {!member.active ? <Badge>{tStaff("inactive")}</Badge> : member.pending ? <Badge tone="info">{t("invited")}</Badge> : <Badge tone="success">{tStaff("active")}</Badge>}
              {member.pending && member.invitation ? (
                <span className="text-sm text-muted">{t("invitationExpires", { date: format.dateTime(member.invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>
              ) : null}
            </div>
            {member.isSelf ? <p className="text-sm text-muted">{t("self")}</p> : null}
            {member.pending && member.active ? (
              <ActionForm action={resendAction} hidden={hidden} testId="staff-resend-invitation" idPrefix="resend" submitLabel={t("resend")} pendingLabel={t("resending")} variant="secondary" />
            ) : null}
            {!member.isSelf && member.active ? (
              <ActionForm action={deactivateAction} hidden={hidden} testId="staff-deactivate" idPrefix="deactivate" submitLabel={t("deactivate")} pendingLabel={t("deactivating")} variant="secondary" />
            ) : null}
            {!member.isSelf && !member.active ? (
              <ActionForm action={reactivateAction} hidden={hidden} testId="staff-reactivate" idPrefix="reactivate" submitLabel={t("reactivate")} pendingLabel={t("reactivating")} />
            ) : null}
          </CardBody>
        </Card>
        {!member.isSelf ? (
          <Card>
            <CardHeader title={t("roleTitle")} />
            <CardBody>
              <ActionForm
                action={changeRoleAction}
                hidden={hidden}
                testId="staff-change-role"
                idPrefix="change-role"
                fields={[{ name: "role", label: t("role"), type: "select", defaultValue: member.role, options: ROLES.map((role) => ({ value: role, label: tRole(role) })) }]}
                submitLabel={t("saveRole")}
                pendingLabel={t("savingRole")}
                variant="secondary"
              />
            </CardBody>
          </Card>
        ) : null}
        <Card className="lg:col-span-2">
          <CardHeader title={t("workTitle")} description={t("workDescription")} />
          <CardBody className="space-y-6">
            <OpenWorkList work={member.work} />
            <ChoiceSearch
              path={`/office/staff/${member.id}`}
              param="successor"
              label={t("findSuccessor")}
              value={successorSearch}
              more={choices.more}
              found={successors.length}
              testId="staff-successor-search"
            />
            {successors.length > 0 ? (
              <ActionForm
                action={handOverAction}
                hidden={hidden}
                testId="staff-hand-over"
                idPrefix="hand-over"
                hint={t("handOverHint")}
                fields={[{ name: "toStaffId", label: t("handOverTo"), type: "select", required: true, options: [{ value: "", label: t("choose") }, ...successors] }]}
                submitLabel={t("handOver")}
                pendingLabel={t("handingOver")}
              />
            ) : null}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
