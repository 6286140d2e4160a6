// The client's latest express audit: the checklist (each item saved on its own) and the decision; 404 outside scope.
import type { Metadata } from "next";
import { Link } from "@/app/_components/ui/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { serverApi } from "@/server/trpc/server";
import { orNotFound } from "@/app/_components/not-found-errors";
import { Badge } from "@/app/_components/ui/badge";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { DecisionForm } from "./decision-form";
import { FindingForm } from "./finding-form";
import { ClientMessages } from "@/app/_i18n/client-messages";

type Params = Promise<{ clientId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audits.page");
  return { title: t("metaTitle") };
}

export default async function AuditPage({ params }: { params: Params }) {
  await connection();
  const { clientId } = await params;
  const actor = await requireStaff(`/office/clients/${clientId}/audit`);
  const api = await serverApi();
  const [latest] = await orNotFound(api.office.audits.forClient({ clientId }));
  if (!latest) notFound();
  const audit = await orNotFound(api.office.audits.get({ auditId: latest.id }));
  const [t, tSection, tDecision, tStatus, format] = await Promise.all([
    getTranslations("audits.page"),
    getTranslations("audits.section"),
    getTranslations("audits.decision"),
    getTranslations("audits.status"),
    getFormatter(),
  ]);
  const open = audit.status === "IN_PROGRESS";
  const canConduct = open && staffCan(actor.role, "audits.conduct");
  const unanswered = audit.findings.filter((finding) => finding.result === null).length;

  return (
    <ClientMessages namespaces={["audits"]}>
      <PageHeader
        title={t("title", { client: audit.client.name })}
        description={`${tStatus(audit.status)} · ${format.dateTime(audit.startedAt, { dateStyle: "long" })}`}
        back={{ href: `/office/clients/${clientId}`, label: t("backToClient") }}
        actions={
          <ButtonLink variant="secondary" href={`/office/print/audit/${audit.id}`} data-testid="print-audit-report">
            {tSection("printReport")}
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("checklist")} description={open ? t("checklistHint") : t("readOnly")} actions={open && unanswered > 0 ? <Badge tone="warning">{t("unanswered", { count: unanswered })}</Badge> : null} />
          <div data-testid="audit-checklist">
            {audit.findings.map((finding, index) => (
              <FindingForm key={finding.id} auditId={audit.id} clientId={clientId} finding={finding} number={index + 1} editable={canConduct} />
            ))}
          </div>
        </Card>
        <Card>
          <CardHeader title={t("decisionTitle")} description={open ? t("decisionHint") : undefined} />
          <CardBody>
            {audit.decision ? (
              <div data-testid="audit-decided" className="space-y-2 text-sm">
                <p className="font-medium text-ink">{t("decided", { decision: tDecision(audit.decision) })}</p>
                {audit.decisionNote ? <p className="whitespace-pre-wrap text-ink-soft">{audit.decisionNote}</p> : null}
                {audit.program ? (
                  <Link href={`/office/programs/${audit.program.id}`} data-testid="audit-program-link" className="inline-block font-medium text-brand-700 hover:underline">
                    {t("openProgram")}
                  </Link>
                ) : null}
              </div>
            ) : open && staffCan(actor.role, "audits.decide") ? (
              <DecisionForm auditId={audit.id} clientId={clientId} />
            ) : null}
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
