// One working group: load, completeness and members; ADMIN renames it, sets capacity and adds or removes members.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { orNotFound } from "@/app/_components/not-found-errors";
import { ChoiceSearch } from "@/app/_components/choice-search";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ActionForm } from "../_lib/action-form";
import { addMemberAction, updateGroupAction } from "../actions";
import { GroupCompleteness } from "../group-card";
import { LoadChart } from "../load-chart";
import { MembersTable } from "./members-table";

type Params = { params: Promise<{ groupId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("metaTitle") };
}

const GROUP_ROLES = ["CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const;

export default async function GroupPage({ params, searchParams }: Params) {
  await connection();
  const { groupId } = await params;
  const memberSearch = firstParam(await searchParams, "member");
  const actor = await requireStaff(`/office/groups/${groupId}`);
  const canManage = staffCan(actor.role, "groups.manage");
  const api = await serverApi();
  const { group } = await orNotFound(api.office.groups.get({ groupId }));
  const [t, tRole, choices] = await Promise.all([
    getTranslations("groups"),
    getTranslations("enums.role"),
    canManage ? api.office.staff.choices({ search: memberSearch, roles: [...GROUP_ROLES], notInGroupId: group.id }) : null,
  ]);
  const candidates = choices?.items ?? [];

  return (
    <>
      <PageHeader title={group.name} back={{ href: "/office/groups", label: t("detail.back") }} description={t("activeClientsHint")} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <CardBody className="space-y-4">
              <LoadChart groups={[group]} />
              <GroupCompleteness group={group} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("detail.membersTitle")} />
            <MembersTable groupId={group.id} members={group.members} canManage={canManage} />
          </Card>
        </div>
        {canManage ? (
          <div className="space-y-6">
            <Card>
              <CardHeader title={t("detail.addTitle")} />
              <CardBody className="space-y-4">
                <ChoiceSearch
                  path={`/office/groups/${group.id}`}
                  param="member"
                  label={t("detail.findStaff")}
                  value={memberSearch}
                  more={choices?.more ?? false}
                  found={candidates.length}
                  testId="group-member-search"
                />
                {candidates.length === 0 ? (
                  memberSearch ? null : <p className="text-sm text-muted">{t("detail.noCandidates")}</p>
                ) : (
                  <ActionForm
                    action={addMemberAction}
                    testId="group-add-member-form"
                    idPrefix="group-add-member"
                    hidden={{ groupId: group.id }}
                    hint={t("detail.addHint")}
                    fields={[
                      {
                        name: "staffId",
                        label: t("detail.staff"),
                        type: "select",
                        required: true,
                        options: [{ value: "", label: t("detail.choose") }, ...candidates.map((s) => ({ value: s.id, label: `${s.name} — ${tRole(s.role)}` }))],
                      },
                      { name: "groupRole", label: t("detail.groupRole"), type: "select", required: true, options: GROUP_ROLES.map((role) => ({ value: role, label: tRole(role) })) },
                    ]}
                    submitLabel={t("detail.add")}
                    pendingLabel={t("detail.adding")}
                  />
                )}
              </CardBody>
            </Card>
            <Card>
              <CardHeader title={t("detail.settings")} />
              <CardBody>
                <ActionForm
                  action={updateGroupAction}
                  testId="group-settings-form"
                  idPrefix="group-settings"
                  hidden={{ groupId: group.id }}
                  fields={[
                    { name: "name", label: t("create.name"), required: true, maxLength: 120, defaultValue: group.name },
                    { name: "capacity", label: t("create.capacity"), type: "number", min: 0, max: 10000, required: true, defaultValue: String(group.capacity) },
                  ]}
                  submitLabel={t("detail.save")}
                  pendingLabel={t("detail.saving")}
                  variant="secondary"
                />
              </CardBody>
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
