// Programs in progress: open transition programs in the caller's scope with progress, days left and overdue tasks;
// by pages of 50, found by the client's name and filtered by status.
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { FilterSelect, ListFilterForm } from "@/app/_components/list-filter-form";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { ProgramStatusBadge } from "./_components/program-status-badge";
import { ProgressBar } from "./_components/progress-bar";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programs.list");
  return { title: t("title") };
}

const STATUSES = ["DRAFT", "APPROVED"] as const;
const PAGE_SIZE = 50;

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const search = firstParam(params, "q");
  const status = STATUSES.find((value) => value === firstParam(params, "status"));
  const cursor = firstParam(params, "cursor", 64);
  const [page, t, tStatus] = await Promise.all([
    (await serverApi()).office.programs.list({ search, status, cursor, limit: PAGE_SIZE }),
    getTranslations("programs.list"),
    getTranslations("programs.status"),
  ]);
  const programs = page.items;
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card>
        <ListFilterForm path="/office/programs" filtered={Boolean(search || status)} search={{ id: "programs-search", label: t("searchLabel"), placeholder: t("searchPlaceholder"), value: search }}>
          <FilterSelect id="programs-status" name="status" label={t("status")} value={status} allLabel={t("allStatuses")} options={STATUSES.map((value) => ({ value, label: tStatus(value) }))} />
        </ListFilterForm>
        {programs.length === 0 ? (
          search || status || cursor ? <EmptyState title={t("noResultsTitle")} body={t("noResultsBody")} /> : <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("client")}</Th>
                <Th>{t("status")}</Th>
                <Th className="w-48">{t("progress")}</Th>
                <Th>{t("daysLeft")}</Th>
                <Th>{t("group")}</Th>
              </tr>
            </thead>
            <tbody>
              {programs.map((program) => (
                <Tr key={program.id} data-testid="program-row">
                  <Td>
                    <Link href={`/office/programs/${program.id}`} className="font-medium text-brand-700 hover:underline">
                      {program.client.name}
                    </Link>
                  </Td>
                  <Td>
                    <ProgramStatusBadge status={program.status} />
                  </Td>
                  <Td>
                    <ProgressBar {...program.progress} />
                  </Td>
                  <Td className="tabular-nums">
                    {program.daysLeft === null ? t("notApproved") : program.daysLeft < 0 ? t("daysOver", { days: -program.daysLeft }) : t("days", { days: program.daysLeft })}
                    {program.overdueTasks > 0 ? (
                      <span className="ml-2">
                        <Badge tone="danger">{t("overdue", { count: program.overdueTasks })}</Badge>
                      </span>
                    ) : null}
                  </Td>
                  <Td>{program.group?.name ?? t("noGroup")}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination basePath="/office/programs" params={{ q: search, status }} nextCursor={page.nextCursor} isFirstPage={!cursor} />
      </Card>
    </>
  );
}
