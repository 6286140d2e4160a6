// Client card section: the latest express audit (status, progress, decision, program), start / reopen, print links.
import { Link } from "@/app/_components/ui/link";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { staffCan } from "@/server/auth/permissions";
import type { AuditSummary } from "@/server/audits/audits.service";
import type { ClientStage, StaffRole } from "@/server/generated/prisma/enums";
import { Badge } from "@/app/_components/ui/badge";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { DescriptionList, type DescriptionItem } from "@/app/_components/ui/description-list";
import { StartAuditButton } from "../audit/start-audit-button";
import { ReopenButton } from "../../new/reopen-button";

type Props = { client: { id: string; stage: ClientStage }; audits: AuditSummary[]; role: StaffRole };

export async function AuditSection({ client, audits, role }: Props) {
  const clientId = client.id;
  const [t, tLeads, tStatus, tDecision, format] = await Promise.all([
    getTranslations("audits.section"),
    getTranslations("leads.reopen"),
    getTranslations("audits.status"),
    getTranslations("audits.decision"),
    getFormatter(),
  ]);
  const [latest, ...earlier] = audits;
  const hasOpenAudit = latest?.status === "IN_PROGRESS";
  const canStart = (client.stage === "LEAD" || client.stage === "AUDIT") && !hasOpenAudit && staffCan(role, "audits.conduct");
  const canReopen = client.stage === "REFUSED" && staffCan(role, "clients.update");

  const items: DescriptionItem[] = latest
    ? [
        { label: t("status"), value: <Badge tone={latest.status === "COMPLETED" ? "success" : "progress"}>{tStatus(latest.status)}</Badge> },
        { label: t("decision"), value: latest.decision ? tDecision(latest.decision) : t("progress", { answered: latest.answeredCount, total: latest.findingCount }) },
        { label: t("startedAt"), value: format.dateTime(latest.startedAt, { dateStyle: "long" }) },
        { label: t("auditor"), value: latest.auditor?.user.name ?? "—" },
        { label: t("problems", { count: latest.problemCount }), value: latest.program ? <Link href={`/office/programs/${latest.program.id}`} data-testid="audit-section-program" className="text-brand-700 hover:underline">{t("openProgram")}</Link> : "—" },
      ]
    : [];

  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <ButtonLink variant="secondary" size="sm" href={`/office/print/audit-template?clientId=${clientId}`} data-testid="print-audit-template">
            {t("printTemplate")}
          </ButtonLink>
        }
      />
      <CardBody className="space-y-4">
        {latest ? <DescriptionList items={items} /> : <p className="text-sm text-muted">{t("none")}</p>}
        {earlier.length > 0 ? <p className="text-xs text-muted">{t("earlier", { count: earlier.length })}</p> : null}
        {canReopen ? (
          <div className="rounded-md border border-line bg-canvas p-3 text-sm">
            <p className="font-medium text-ink">{tLeads("title")}</p>
            <p className="mb-2 text-ink-soft">{tLeads("body")}</p>
            <ReopenButton clientId={clientId} />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {canStart ? <StartAuditButton clientId={clientId} /> : null}
          {latest ? (
            <ButtonLink variant="secondary" href={`/office/clients/${clientId}/audit`} data-testid="open-audit">
              {t("open")}
            </ButtonLink>
          ) : null}
          {latest?.status === "COMPLETED" ? (
            <ButtonLink variant="quiet" href={`/office/print/audit/${latest.id}`} data-testid="print-audit-report">
              {t("printReport")}
            </ButtonLink>
          ) : null}
        </div>
      </CardBody>
    </Card>
  );
}
