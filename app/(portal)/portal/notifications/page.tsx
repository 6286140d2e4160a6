// Portal notifications: program started, task done, your action needed, connected; newest first, unread marked.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { portalPage } from "../_lib/portal-page";
import { PendingButton } from "../_shell/pending-button";
import { markReadAction } from "./actions";

const KINDS = ["program-started", "task-done", "action-needed", "connected", "refused-by-outsourcer", "refused-by-client"] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.notifications");
  return { title: t("metaTitle") };
}

export default async function PortalNotificationsPage() {
  const { api, clientId } = await portalPage("/portal/notifications");
  const [{ items, unread }, t, format] = await Promise.all([api.portal.notifications.list({ clientId }), getTranslations("portal.notifications"), getFormatter()]);
  const titleOf = (kind: string, taskTitle: string | null) => (isKnownKind(kind) ? t(`kind.${kind}`, { task: taskTitle ?? "" }) : t("kind.other"));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          unread > 0 ? (
            <form action={markReadAction}>
              <input type="hidden" name="clientId" value={clientId} />
              <PendingButton testId="notifications-mark-all" pendingLabel={t("markAllRead")}>{t("markAllRead")}</PendingButton>
            </form>
          ) : null
        }
      />
      <Card>
        {items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul aria-label={t("listLabel")} data-testid="notifications-list" className="divide-y divide-line">
            {items.map((item) => {
              const title = titleOf(item.kind, item.taskTitle);
              return (
                <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
                  <div className="min-w-0">
                    <p className={item.readAt ? "text-sm text-ink-soft" : "text-sm font-semibold text-ink"}>
                      {item.readAt ? null : (
                        <span className="mr-2 align-middle">
                          <Badge tone="info">{t("unread")}</Badge>
                        </span>
                      )}
                      {title}
                    </p>
                    <p className="mt-0.5 text-xs text-muted">
                      <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                    </p>
                  </div>
                  {item.readAt ? null : (
                    <form action={markReadAction}>
                      <input type="hidden" name="clientId" value={clientId} />
                      <input type="hidden" name="notificationId" value={item.id} />
                      <button type="submit" className="text-sm text-brand-700 underline-offset-2 hover:underline">
                        {t("markRead")}
                        <span className="sr-only">: {title}</span>
                      </button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
