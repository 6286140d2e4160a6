// Dashboard block: each working group's active clients against its capacity.
import { Link } from "@/app/_components/ui/link";
import { getTranslations } from "@/app/_i18n/server";
import type { DashboardSummary } from "@/server/dashboard/dashboard.service";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ProgressBar } from "./progress-bar";

export async function GroupLoadBlock({ groups }: { groups: DashboardSummary["groupLoad"] }) {
  const t = await getTranslations("dashboard.groups");
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <div data-testid="dashboard-group-load">
        {groups.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul className="divide-y divide-line">
            {groups.map((group) => {
              const over = group.activeClients > group.capacity;
              const ratio = group.capacity > 0 ? group.activeClients / group.capacity : 1;
              const load = t("load", { active: group.activeClients, capacity: group.capacity });
              return (
                <li key={group.id} className="space-y-1.5 px-5 py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <Link href={`/office/groups`} className="font-medium text-ink hover:underline">
                      {group.name}
                    </Link>
                    <span className="flex items-center gap-2 text-muted tabular-nums">
                      {load}
                      {over ? <Badge tone="danger">{t("over")}</Badge> : null}
                    </span>
                  </div>
                  <ProgressBar
                    value={group.activeClients}
                    max={group.capacity}
                    label={t("loadLabel", { name: group.name })}
                    valueText={load}
                    tone={ratio >= 1 ? "danger" : ratio >= 0.8 ? "warning" : "brand"}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Card>
  );
}
