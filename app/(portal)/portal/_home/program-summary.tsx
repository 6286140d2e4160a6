// The program at a glance: status, a progress bar with the percent done, the window's dates and the days left.
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { StageBadge } from "@/app/_components/stage-badge";
import type { ClientStage } from "@/server/generated/prisma/enums";

type Props = {
  state: "active" | "completed" | "preparing" | "refused";
  client: { name: string; stage: ClientStage; firmName: string };
  program: { windowStart: Date | null; windowEnd: Date | null; completedAt: Date | null; daysLeft: number | null; progress: { done: number; total: number; percent: number } };
};

export async function ProgramSummary({ state, client, program }: Props) {
  const [t, format] = await Promise.all([getTranslations("portal.home"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const { done, total, percent } = program.progress;
  let timeLeft: string;
  if (state === "completed" && program.completedAt) timeLeft = t("completedOn", { date: date(program.completedAt) });
  else if (program.daysLeft === null) timeLeft = t("windowUnknown");
  else if (program.daysLeft < 0) timeLeft = t("daysOverdue", { count: -program.daysLeft });
  else if (program.daysLeft === 0) timeLeft = t("lastDay");
  else timeLeft = t("daysLeft", { count: program.daysLeft });

  return (
    <Card>
      <CardHeader
        title={client.name}
        description={`${t("firm")}: ${client.firmName}`}
        actions={<StageBadge stage={client.stage} />}
      />
      <CardBody className="space-y-5">
        <div>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-sm font-medium text-ink-soft">
              {t("statusTitle")}: <Badge tone={state === "completed" ? "success" : "progress"}>{t(state === "completed" ? "status.completed" : "status.active")}</Badge>
            </p>
            <p className="text-3xl font-semibold tracking-tight text-ink" data-testid="portal-percent">
              {percent}%
            </p>
          </div>
          <div
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}% · ${t("progressValue", { done, total })}`}
            className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-1.5 text-sm text-muted">
            {t("progressLabel")}: {t("progressValue", { done, total })}
          </p>
        </div>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-xs font-medium tracking-wide text-muted uppercase">{t("window")}</dt>
            <dd className="mt-1 text-sm text-ink">
              {program.windowStart && program.windowEnd ? t("windowRange", { start: date(program.windowStart), end: date(program.windowEnd) }) : t("windowUnknown")}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-muted uppercase">{t("daysLeftLabel")}</dt>
            <dd className="mt-1 text-sm font-medium text-ink" data-testid="portal-days-left">
              {timeLeft}
            </dd>
          </div>
        </dl>
      </CardBody>
    </Card>
  );
}
