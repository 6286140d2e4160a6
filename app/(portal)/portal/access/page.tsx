// Cloud access: once the client is CONNECTED, the applications with links and the person's own logins; passwords only on "Show".
import type { Metadata } from "next";
import { getTranslations } from "@/app/_i18n/server";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { portalPage } from "../_lib/portal-page";
import { AccessItem } from "./access-item";
import { ClientMessages } from "@/app/_i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.access");
  return { title: t("metaTitle") };
}

export default async function PortalAccessPage() {
  const { membership, api, clientId } = await portalPage("/portal/access");
  const [access, t] = await Promise.all([api.portal.access.list({ clientId }), getTranslations("portal.access")]);

  return (
    <ClientMessages namespaces={["portal.access"]}>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="space-y-6">
        {!access.connected ? (
          <Card>
            <EmptyState title={t("notConnectedTitle")} body={t("notConnectedBody")} />
          </Card>
        ) : access.accesses.length === 0 ? (
          <Card>
            <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
          </Card>
        ) : (
          <Card>
            <ul data-testid="access-list" className="divide-y divide-line">
              {access.accesses.map((item, index) => (
                <AccessItem key={item.id} index={index} clientId={clientId} access={item} canView={membership.canViewCredentials} />
              ))}
            </ul>
            <p className="border-t border-line px-5 py-3 text-xs text-muted">{membership.canViewCredentials ? t("revealLog") : t("noPermission")}</p>
          </Card>
        )}
        {access.applications.length > 0 ? (
          <Card>
            <CardHeader title={t("otherApps")} description={t("otherAppsBody")} />
            <ul className="divide-y divide-line">
              {access.applications.map((app) => (
                <li key={`${app.application}-${app.url}`} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
                  <span className="text-sm font-medium text-ink">{app.application}</span>
                  <a href={app.url} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 underline-offset-2 hover:underline">
                    {t("open", { application: app.application })}
                  </a>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
