// Dashboard block: approved programs with progress and days left in the window, and drafts awaiting approval.
import { Link } from "@/app/_components/ui/link";
import { getTranslations } from "@/app/_i18n/server";
import type { DashboardSummary } from "@/server/dashboard/dashboard.service";
import { Badge } from "@/app/_components/ui/badge";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ProgressBar } from "./progress-bar";

type Program = DashboardSummary["inProgress"][number];

async function DaysLeft({ days }: { days: number | null }) {
  const t = await getTranslations("dashboard.programs");
  if (days === null) return <Badge>{t("noWindow")}</Badge>;
  if (days < 0) return <Badge tone="danger">{t("overdueBy", { days: -days })}</Badge>;
  if (days === 0) return <Badge tone="warning">{t("dueToday")}</Badge>;
  return <Badge tone={days <= 2 ? "warning" : "progress"}>{t("daysLeft", { days })}</Badge>;
}

export async function ProgramsBlock({ inProgress, drafts }: { inProgress: Program[]; drafts: Program[] }) {
  const [t, tDrafts] = await Promise.all([getTranslations("dashboard.programs"), getTranslations("dashboard.drafts")]);
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/office/programs" variant="secondary" size="sm">
            {t("all")}
          </ButtonLink>
        }
      />
      <div data-testid="dashboard-programs">
        {inProgress.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul className="divide-y divide-line">
            {inProgress.map((p) => {
              const label = t("progressLabel", { done: p.progress.done, total: p.progress.total });
              return (
                <li key={p.id} data-testid="dashboard-program" className="grid gap-2 px-5 py-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-center sm:gap-4">
                  <div className="min-w-0">
                    <Link href={`/office/programs/${p.id}`} className="block truncate text-sm font-medium text-ink hover:underline">
                      {p.client.name}
                    </Link>
                    {p.groupName ? <span className="text-xs text-muted">{p.groupName}</span> : null}
                  </div>
                  <div>
                    <ProgressBar value={p.progress.done} max={p.progress.total} label={`${p.client.name}: ${label}`} valueText={label} />
                    <span className="mt-1 block text-xs text-muted tabular-nums">{label}</span>
                  </div>
                  <DaysLeft days={p.daysLeft} />
                </li>
              );
            })}
          </ul>
        )}
        <CardBody className="border-t border-line">
          <h3 className="text-sm font-semibold text-ink">{tDrafts("title")}</h3>
          <p className="text-xs text-muted">{tDrafts("description")}</p>
          {drafts.length === 0 ? (
            <p className="mt-2 text-sm text-muted">{tDrafts("empty")}</p>
          ) : (
            <ul data-testid="dashboard-drafts" className="mt-2 space-y-1">
              {drafts.map((p) => (
                <li key={p.id} className="flex flex-wrap justify-between gap-x-4 text-sm">
                  <Link href={`/office/programs/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.client.name}
                  </Link>
                  <span className="text-muted">{tDrafts("tasks", { total: p.progress.total })}</span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </div>
    </Card>
  );
}
