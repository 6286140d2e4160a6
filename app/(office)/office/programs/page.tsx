// Programs in progress: open transition programs in the caller's scope with progress, days left and overdue tasks.
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { ProgramStatusBadge } from "./_components/program-status-badge";
import { ProgressBar } from "./_components/progress-bar";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programs.list");
  return { title: t("title") };
}

export default async function ProgramsPage() {
  await connection();
  const [programs, t] = await Promise.all([(await serverApi()).office.programs.list(), getTranslations("programs.list")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card>
        {programs.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
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
      </Card>
    </>
  );
}
