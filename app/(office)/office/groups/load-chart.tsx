// Load against capacity per group as horizontal bars; every bar carries its numbers as text, so it reads without the picture.
import { getTranslations } from "@/app/_i18n/server";
import { cn } from "@/app/_components/ui/cn";

type ChartGroup = { id: string; name: string; load: number; capacity: number };

function tone(load: number, capacity: number): string {
  if (load > capacity) return "bg-rose-500";
  if (load >= capacity) return "bg-amber-500";
  return load / Math.max(capacity, 1) >= 0.8 ? "bg-amber-400" : "bg-brand-500";
}

export async function LoadChart({ groups }: { groups: ChartGroup[] }) {
  const t = await getTranslations("groups.chart");
  return (
    <ul className="space-y-3" data-testid="groups-load-chart">
      {groups.map((group) => {
        const percent = group.capacity > 0 ? Math.min(100, Math.round((group.load / group.capacity) * 100)) : 100;
        const status = group.load > group.capacity ? t("over") : group.load >= group.capacity ? t("full") : null;
        return (
          <li key={group.id} data-testid="groups-load-bar">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-medium text-ink">{group.name}</span>
              <span className="text-muted tabular-nums">
                {t("value", { load: group.load, capacity: group.capacity })}
                {status ? <span className="ml-2 font-medium text-danger-700">{status}</span> : null}
              </span>
            </div>
            <div aria-hidden="true" className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-100">
              <div className={cn("h-full rounded-full", tone(group.load, group.capacity))} style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
