// Office client list: search by name or INN, filters by stage, manager and working group, cursor pagination (?cursor=).
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { ClientStage } from "@/server/generated/prisma/enums";
import { serverApi } from "@/server/trpc/server";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { StageBadge } from "@/app/_components/stage-badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { ButtonLink } from "@/app/_components/ui/button";
import { ClientFilters } from "./filters";

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.clients");
  return { title: t("metaTitle") };
}

function stageParam(value: string | undefined): ClientStage | undefined {
  return Object.values(ClientStage).find((stage) => stage === value);
}

export default async function ClientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const search = firstParam(params, "q");
  const stage = stageParam(firstParam(params, "stage"));
  const cursor = firstParam(params, "cursor", 64);
  const managerId = firstParam(params, "manager", 64);
  const groupId = firstParam(params, "group", 64);
  const managerName = firstParam(params, "managerName", 200);
  const groupName = firstParam(params, "groupName", 200);

  const api = await serverApi();
  const canCreate = staffCan((await requireStaff("/office/clients")).role, "clients.create");
  const [page, options, t, tRegime, tLeads] = await Promise.all([
    api.office.clients.list({ search, stage, managerId, groupId, managerName, groupName, cursor, limit: PAGE_SIZE }),
    api.office.clients.filterOptions(),
    getTranslations("office.clients"),
    getTranslations("enums.taxRegime"),
    getTranslations("leads"),
  ]);
  const filtered = Boolean(search || stage || managerId || groupId || managerName || groupName);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={canCreate ? <ButtonLink href="/office/clients/new" data-testid="new-client">{tLeads("newClient")}</ButtonLink> : null}
      />
      <Card>
        <ClientFilters
          search={search}
          stage={stage}
          managerId={managerId}
          groupId={groupId}
          managerName={managerName}
          groupName={groupName}
          managers={options.managers}
          groups={options.groups}
        />
        {page.items.length === 0 ? (
          filtered || cursor ? (
            <EmptyState title={t("noResultsTitle")} body={t("noResultsBody")} />
          ) : (
            <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
          )
        ) : (
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.inn")}</Th>
                <Th>{t("columns.stage")}</Th>
                <Th>{t("columns.taxRegime")}</Th>
                <Th>{t("columns.manager")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((client) => (
                <Tr key={client.id} data-testid="client-row">
                  <Td className="font-medium text-ink">
                    <Link href={`/office/clients/${client.id}`} className="text-brand-700 hover:text-brand-900 hover:underline">
                      {client.name}
                    </Link>
                  </Td>
                  <Td className="font-mono text-xs tabular-nums">{client.inn}</Td>
                  <Td>
                    <StageBadge stage={client.stage} />
                  </Td>
                  <Td>{tRegime(client.taxRegime)}</Td>
                  <Td>{client.manager?.user.name ?? <span className="text-muted">{t("noManager")}</span>}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/office/clients" params={{ q: search, stage, manager: managerId, group: groupId, managerName, groupName }} nextCursor={page.nextCursor} isFirstPage={!cursor} />
      </Card>
    </>
  );
}
