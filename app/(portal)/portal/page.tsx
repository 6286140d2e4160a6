// Portal home: the person's company (stage, serving firm), a "transition is being prepared" state, and their other companies.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PORTAL_HOME, requirePortalPerson } from "@/server/auth/guards";
import { serverApi } from "@/server/trpc/server";
import { StageBadge } from "@/app/_components/stage-badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { DescriptionList } from "@/app/_components/ui/description-list";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { currentMembership } from "./_shell/current-client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.home");
  return { title: t("metaTitle") };
}

export default async function PortalHomePage() {
  await connection();
  const [actor, api, t] = await Promise.all([requirePortalPerson(PORTAL_HOME), serverApi(), getTranslations("portal.home")]);
  const [clients, membership] = await Promise.all([api.portal.clients.list(), currentMembership(actor)]);
  const current = clients.find((client) => client.id === membership?.clientId) ?? clients[0];
  const others = clients.filter((client) => client.id !== current?.id);

  return (
    <>
      <PageHeader title={t("greeting", { name: actor.name })} description={t("subtitle")} />
      <div className="space-y-6">
        {current ? (
          <Card>
            <CardHeader title={current.name} />
            <CardBody>
              <DescriptionList
                items={[
                  { label: t("firm"), value: current.firm.name },
                  { label: t("stage"), value: <StageBadge stage={current.stage} /> },
                ]}
              />
            </CardBody>
            <div className="border-t border-line">
              <EmptyState title={t("preparingTitle")} body={t("preparingBody")} />
            </div>
          </Card>
        ) : null}
        {others.length > 0 ? (
          <Card>
            <CardHeader title={t("otherClients")} headingLevel="h2" />
            <ul className="divide-y divide-line">
              {others.map((client) => (
                <li key={client.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                  <div className="min-w-0">
                    <p className="truncate text-sm font-medium text-ink">{client.name}</p>
                    <p className="truncate text-xs text-muted">{client.firm.name}</p>
                  </div>
                  <StageBadge stage={client.stage} />
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
