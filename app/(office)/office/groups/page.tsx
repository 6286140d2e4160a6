// Working groups: load vs capacity chart, the firm's standard composition, every group with members; ADMIN creates groups.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ActionForm } from "./_lib/action-form";
import { createGroupAction, setCompositionAction } from "./actions";
import { GroupCard } from "./group-card";
import { LoadChart } from "./load-chart";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("metaTitle") };
}

export default async function GroupsPage() {
  await connection();
  const actor = await requireStaff("/office/groups");
  const canManage = staffCan(actor.role, "groups.manage");
  const [{ composition, groups }, t, tRole] = await Promise.all([
    (await serverApi()).office.groups.list(),
    getTranslations("groups"),
    getTranslations("enums.role"),
  ]);
  const counts = { chief: composition.CHIEF_ACCOUNTANT, accountant: composition.ACCOUNTANT, operator: composition.OPERATOR };

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <p className="mb-6 max-w-3xl text-sm text-muted" data-testid="groups-active-clients-hint">
        {t("activeClientsHint")}
      </p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("chart.title")} description={t("chart.description")} />
            <CardBody>{groups.length ? <LoadChart groups={groups} /> : <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />}</CardBody>
          </Card>
          <div className="grid gap-4 md:grid-cols-2" data-testid="groups-list">
            {groups.map((group) => (
              <GroupCard key={group.id} group={group} />
            ))}
          </div>
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("composition.title")} description={t("composition.description", counts)} />
            {canManage ? (
              <CardBody>
                <ActionForm
                  action={setCompositionAction}
                  testId="groups-composition-form"
                  idPrefix="composition"
                  layout="row"
                  fields={(["CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const).map((role) => ({
                    name: role,
                    label: tRole(role),
                    type: "number" as const,
                    min: 0,
                    max: 50,
                    required: true,
                    defaultValue: String(composition[role]),
                  }))}
                  submitLabel={t("composition.save")}
                  pendingLabel={t("composition.saving")}
                  variant="secondary"
                />
              </CardBody>
            ) : null}
          </Card>
          {canManage ? (
            <Card>
              <CardHeader title={t("create.title")} />
              <CardBody>
                <ActionForm
                  action={createGroupAction}
                  testId="groups-create-form"
                  idPrefix="group-create"
                  fields={[
                    { name: "name", label: t("create.name"), required: true, maxLength: 120 },
                    { name: "capacity", label: t("create.capacity"), type: "number", min: 0, max: 10000, required: true, defaultValue: "20" },
                  ]}
                  submitLabel={t("create.submit")}
                  pendingLabel={t("create.pending")}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
