// The program's tasks in order: status (done / in progress / upcoming / overdue), due date, and who is responsible.
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { cn } from "@/app/_components/ui/cn";
import type { TimelineStatus } from "@/server/portal/home.service";

type Item = {
  id: string;
  title: string;
  description: string | null;
  status: TimelineStatus;
  dueDate: Date | null;
  completedAt: Date | null;
  responsible: { kind: "you" } | { kind: "firm"; role: "MANAGER" | "CHIEF_ACCOUNTANT" | "ACCOUNTANT" | "OPERATOR"; name: string | null };
};

const tones: Record<TimelineStatus, BadgeTone> = { done: "success", inProgress: "progress", upcoming: "neutral", overdue: "danger" };
const dots: Record<TimelineStatus, string> = { done: "bg-emerald-600", inProgress: "bg-sky-600", upcoming: "bg-slate-300", overdue: "bg-rose-600" };

export async function Timeline({ items, action }: { items: Item[]; action?: ReactNode }) {
  const [t, tRole, format] = await Promise.all([getTranslations("portal.home"), getTranslations("enums.role"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long" });
  return (
    <Card>
      <CardHeader title={t("timelineTitle")} description={t("timelineSubtitle")} actions={action} />
      <ol data-testid="portal-timeline" className="px-5 py-4">
        {items.map((item, index) => (
          <li key={item.id} data-status={item.status} className="relative flex gap-4 pb-5 last:pb-0">
            {index < items.length - 1 ? <span aria-hidden="true" className="absolute top-4 left-[0.4375rem] h-full w-px bg-line" /> : null}
            <span aria-hidden="true" className={cn("relative mt-1.5 size-3.5 shrink-0 rounded-full ring-4 ring-surface", dots[item.status])} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <h3 className="text-sm font-semibold text-ink">{item.title}</h3>
                <Badge tone={tones[item.status]}>{t(`timelineStatus.${item.status}`)}</Badge>
              </div>
              {item.description ? <p className="mt-1 text-sm text-muted">{item.description}</p> : null}
              <p className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-soft">
                <span>
                  {t("responsible")}:{" "}
                  {item.responsible.kind === "you" ? (
                    <strong className="font-semibold text-brand-700">{t("you")}</strong>
                  ) : (
                    <>
                      {tRole(item.responsible.role)} · {item.responsible.name ?? t("nobodyYet")}
                    </>
                  )}
                </span>
                {item.status === "done" && item.completedAt ? (
                  <span>{t("doneOn", { date: date(item.completedAt) })}</span>
                ) : item.dueDate ? (
                  <span className={item.status === "overdue" ? "font-medium text-danger-700" : undefined}>{t("due", { date: date(item.dueDate) })}</span>
                ) : null}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
