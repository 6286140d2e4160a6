// Office dashboard: greeting, clients counted by stage, and the transition programs in progress.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff, STAFF_HOME } from "@/server/auth/guards";
import { ClientStage } from "@/server/generated/prisma/enums";
import { serverApi } from "@/server/trpc/server";
import { StageBadge } from "@/app/_components/stage-badge";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";

const COUNT_LIMIT = 100;
const stages = Object.values(ClientStage);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage() {
  await connection();
  const [actor, api, t, format] = await Promise.all([requireStaff(STAFF_HOME), serverApi(), getTranslations("office.dashboard"), getFormatter()]);
  const pages = await Promise.all(stages.map((stage) => api.office.clients.list({ stage, limit: COUNT_LIMIT })));
  const inTransition = pages[stages.indexOf(ClientStage.TRANSITION)]?.items ?? [];

  return (
    <>
      <PageHeader title={t("greeting", { name: actor.name })} description={t("subtitle")} />

      <section aria-labelledby="stages-title" className="mb-8">
        <h2 id="stages-title" className="mb-3 text-sm font-semibold text-ink-soft">
          {t("stagesTitle")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {stages.map((stage, index) => {
            const page = pages[index];
            const count = page?.items.length ?? 0;
            const shown = page?.nextCursor ? t("countMore", { count: format.number(count) }) : format.number(count);
            return (
              <li key={stage}>
                <Link
                  href={`/office/clients?stage=${stage}`}
                  className="block h-full rounded-card border border-line bg-surface p-4 shadow-card transition-colors hover:border-brand-300"
                >
                  <StageBadge stage={stage} />
                  <p className="mt-3 text-3xl font-semibold text-ink tabular-nums">{shown}</p>
                  <p className="mt-0.5 text-xs text-muted">{t("clientsWord", { count })}</p>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <Card>
        <CardHeader
          title={t("programsTitle")}
          actions={
            <ButtonLink href="/office/clients" variant="quiet" size="sm">
              {t("allClients")}
            </ButtonLink>
          }
        />
        {inTransition.length === 0 ? (
          <EmptyState title={t("programsEmptyTitle")} body={t("programsEmptyBody")} />
        ) : (
          <ul className="divide-y divide-line">
            {inTransition.slice(0, 10).map((client) => (
              <li key={client.id}>
                <Link href={`/office/clients/${client.id}`} className="flex items-center justify-between gap-4 px-5 py-3 hover:bg-canvas/70">
                  <span className="min-w-0 truncate text-sm font-medium text-ink">{client.name}</span>
                  <span className="shrink-0 font-mono text-xs text-muted">{client.inn}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
