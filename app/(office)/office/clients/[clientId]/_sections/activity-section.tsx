// Client card section: the activity log (who, what, when), newest first, with older pages on demand.
import { getTranslations } from "@/app/_i18n/server";
import type { ActivityPage } from "@/server/activity/activity.service";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { formatActivity } from "./activity-format";
import { ActivityList } from "./activity-list";

export async function ActivitySection({ clientId, page }: { clientId: string; page: ActivityPage }) {
  const [t, lines] = await Promise.all([getTranslations("activity"), formatActivity(page.items)]);
  return (
    <Card>
      <CardHeader title={t("title")} description={t("subtitle")} />
      <div data-testid="activity">
        {lines.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ActivityList clientId={clientId} initial={lines} initialCursor={page.nextCursor} />
        )}
      </div>
    </Card>
  );
}
