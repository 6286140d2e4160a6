// A finished (or running) express audit printed as a report: client, requisites, auditor, date, findings, decision.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { orNotFound } from "@/app/_components/not-found-errors";
import { PrintSheet, SheetLine } from "../../_components/print-sheet";

type Params = Promise<{ auditId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audits.print");
  return { title: t("reportTitle") };
}

export default async function AuditReportPrintPage({ params }: { params: Params }) {
  await connection();
  const { auditId } = await params;
  const audit = await orNotFound((await serverApi()).office.audits.get({ auditId }));
  const [t, tResult, tDecision, tStatus, tCommon, format] = await Promise.all([
    getTranslations("audits.print"),
    getTranslations("audits.result"),
    getTranslations("audits.decision"),
    getTranslations("audits.status"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const none = tCommon("none");
  const date = audit.completedAt ?? audit.startedAt;

  return (
    <PrintSheet title={t("reportTitle")} printLabel={t("print")}>
      <div className="mb-6 grid gap-3">
        <SheetLine label={t("firm")} value={audit.client.firm.name} />
        <SheetLine label={t("client")} value={audit.client.name} />
        <p className="font-mono text-xs">{t("requisites", { inn: audit.client.inn, kpp: audit.client.kpp ?? none, ogrn: audit.client.ogrn ?? none })}</p>
        <div className="grid grid-cols-2 gap-6">
          <SheetLine label={t("date")} value={format.dateTime(date, { dateStyle: "long" })} />
          <SheetLine label={t("auditor")} value={audit.auditor?.user.name ?? audit.auditor?.user.email} />
        </div>
        <SheetLine label={t("status")} value={tStatus(audit.status)} />
      </div>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-black">
            <th className="py-1 pr-2">{t("item")}</th>
            <th className="w-28 py-1 pr-2">{t("status")}</th>
            <th className="py-1">{t("comment")}</th>
          </tr>
        </thead>
        <tbody>
          {audit.findings.map((finding, index) => (
            <tr key={finding.id} data-testid="print-finding" className="break-inside-avoid border-b border-black/30 align-top">
              <td className="py-1.5 pr-2">
                {index + 1}. {finding.title}
              </td>
              <td className={finding.result === "CRITICAL" ? "py-1.5 pr-2 font-semibold" : "py-1.5 pr-2"}>{tResult(finding.result ?? "none")}</td>
              <td className="py-1.5 whitespace-pre-wrap">{finding.comment ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-8 grid gap-3">
        <SheetLine label={t("decision")} value={audit.decision ? tDecision(audit.decision) : undefined} />
        {audit.decisionNote ? <SheetLine label={t("note")} value={audit.decisionNote} /> : null}
        <SheetLine label={t("signature")} />
      </div>
    </PrintSheet>
  );
}
