// Working groups by pages of 20 (searchable by name): load vs capacity chart, members, the firm's standard; ADMIN creates groups.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination } from "@/app/_components/ui/pagination";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { ListFilterForm } from "@/app/_components/list-filter-form";
import { ActionForm } from "./_lib/action-form";
import { createGroupAction, setCompositionAction } from "./actions";
import { GroupCard } from "./group-card";
import { LoadChart } from "./load-chart";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 20;

export default async function GroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const search = firstParam(params, "q");
  const cursor = firstParam(params, "cursor", 64);
  const actor = await requireStaff("/office/groups");
  const canManage = staffCan(actor.role, "groups.manage");
  const [{ composition, items: groups, nextCursor }, t, tRole] = await Promise.all([
    (await serverApi()).office.groups.list({ search, cursor, limit: PAGE_SIZE }),
    getTranslations("groups"),
    getTranslations("enums.role"),
  ]);
  const counts = { chief: composition.CHIEF_ACCOUNTANT, accountant: composition.ACCOUNTANT, operator: composition.OPERATOR };
  const paged = Boolean(cursor || nextCursor);
  const empty = search || cursor ? <EmptyState title={t("list.noResultsTitle")} body={t("list.noResultsBody")} /> : <EmptyState title={t("list.emptyTitle")} body={t("list.emptyBody")} />;

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <p className="mb-6 max-w-3xl text-sm text-muted" data-testid="groups-active-clients-hint">
        {t("activeClientsHint")}
      </p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <ListFilterForm path="/office/groups" filtered={Boolean(search)} search={{ id: "groups-search", label: t("list.searchLabel"), placeholder: t("list.searchPlaceholder"), value: search }} />
            <CardHeader title={t("chart.title")} description={paged ? `${t("chart.description")} ${t("list.chartPage")}` : t("chart.description")} />
            <CardBody>{groups.length ? <LoadChart groups={groups} /> : empty}</CardBody>
            <Pagination basePath="/office/groups" params={{ q: search }} nextCursor={nextCursor} isFirstPage={!cursor} />
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
