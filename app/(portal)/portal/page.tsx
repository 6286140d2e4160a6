// Portal home: the transition at a glance (status, percent, window, days left), the task timeline and the team serving the client.
import type { Metadata } from "next";
import { getTranslations } from "@/app/_i18n/server";
import { PORTAL_HOME } from "@/server/auth/guards";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ButtonLink } from "@/app/_components/ui/button";
import { portalPage } from "./_lib/portal-page";
import { ProgramSummary } from "./_home/program-summary";
import { Timeline } from "./_home/timeline";
import { TeamCard } from "./_home/team-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.home");
  return { title: t("metaTitle") };
}

export default async function PortalHomePage() {
  const { actor, api, clientId } = await portalPage(PORTAL_HOME);
  const [home, t] = await Promise.all([api.portal.home({ clientId }), getTranslations("portal.home")]);

  return (
    <div data-testid="portal-home">
      <PageHeader title={t("greeting", { name: actor.name })} description={t("subtitle")} />
      <div className="space-y-6">
        {home.program ? (
          <>
            <ProgramSummary client={home.client} program={home.program} state={home.state} />
            <Timeline items={home.program.timeline} action={<ButtonLink href="/portal/todos" variant="secondary" size="sm">{t("yourTodos")}</ButtonLink>} />
          </>
        ) : (
          <Card>
            <h2 className="sr-only">{t("statusTitle")}</h2>
            <EmptyState
              title={home.state === "refused" ? t("refusedTitle") : t("preparingTitle")}
              body={home.state === "refused" ? t("refusedBody") : t("preparingBody")}
            />
          </Card>
        )}
        <TeamCard team={home.team} />
      </div>
    </div>
  );
}
