// Office dashboard: my tasks (first for accountants and operators), programs in progress, overdue tasks, group load, clients by stage.
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { requireStaff, STAFF_HOME } from "@/server/auth/guards";
import { ClientStage } from "@/server/generated/prisma/enums";
import { serverApi } from "@/server/trpc/server";
import { StageBadge } from "@/app/_components/stage-badge";
import { ButtonLink } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/page-header";
import { GroupLoadBlock } from "./_dashboard/group-load-block";
import { ProgramsBlock } from "./_dashboard/programs-block";
import { MyTasksBlock, OverdueBlock } from "./_dashboard/tasks-blocks";

const stages = Object.values(ClientStage);
const TASK_FIRST_ROLES = ["ACCOUNTANT", "OPERATOR"];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage() {
  await connection();
  const [actor, api, t, format] = await Promise.all([requireStaff(STAFF_HOME), serverApi(), getTranslations("dashboard"), getFormatter()]);
  const summary = await api.office.dashboard.summary();
  const tasksFirst = TASK_FIRST_ROLES.includes(actor.role);
  const myTasks = <MyTasksBlock tasks={summary.myTasks} prominent={tasksFirst} />;

  return (
    <>
      <PageHeader
        title={t("greeting", { name: actor.name })}
        description={t("subtitle")}
        actions={
          <ButtonLink href="/office/clients" variant="secondary" size="sm">
            {t("allClients")}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        {tasksFirst ? myTasks : null}

        <section aria-labelledby="stages-title">
          <h2 id="stages-title" className="mb-3 text-sm font-semibold text-ink-soft">
            {t("stagesTitle")}
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
            {stages.map((stage) => {
              const count = summary.stageCounts[stage] ?? 0;
              return (
                <li key={stage}>
                  <Link
                    href={`/office/clients?stage=${stage}`}
                    className="block h-full rounded-card border border-line bg-surface p-4 shadow-card transition-colors hover:border-brand-300"
                  >
                    <StageBadge stage={stage} />
                    <p className="mt-3 text-3xl font-semibold text-ink tabular-nums">{format.number(count)}</p>
                    <p className="mt-0.5 text-xs text-muted">{t("clientsWord", { count })}</p>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>

        <ProgramsBlock inProgress={summary.inProgress} drafts={summary.awaitingApproval} />
        <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <OverdueBlock tasks={summary.overdueTasks} total={summary.overdueCount} capped={summary.overdueCountCapped} />
          <GroupLoadBlock groups={summary.groupLoad} />
        </div>
        {tasksFirst ? null : myTasks}
      </div>
    </>
  );
}
