// The express-audit template as a blank A4 checklist (firm, client line, date, each item with OK / ISSUE / CRITICAL boxes).
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { PrintSheet, SheetLine } from "../_components/print-sheet";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audits.print");
  return { title: t("templateTitle") };
}

const RESULTS = ["OK", "ISSUE", "CRITICAL"] as const;

/** The client's name for the header line, when the sheet is printed from a client's card the caller may see. */
async function clientName(clientId: string | undefined): Promise<string | undefined> {
  if (!clientId) return undefined;
  const api = await serverApi();
  return api.office.clients.get({ clientId }).then((client) => client.name, () => undefined);
}

export default async function AuditTemplatePrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const api = await serverApi();
  const [template, name, t, tResult] = await Promise.all([
    api.office.auditTemplates.get(),
    clientName(firstParam(params, "clientId", 64)),
    getTranslations("audits.print"),
    getTranslations("audits.result"),
  ]);
  const items = template?.items ?? [];

  return (
    <PrintSheet title={t("templateTitle")} printLabel={t("print")}>
      <div className="mb-6 grid gap-3">
        <SheetLine label={t("firm")} value={template?.firm.name} />
        <SheetLine label={t("client")} value={name} />
        <div className="grid grid-cols-2 gap-6">
          <SheetLine label={t("date")} />
          <SheetLine label={t("auditor")} />
        </div>
      </div>
      {items.length === 0 ? <p>{t("noItems")}</p> : null}
      <ol className="space-y-4">
        {items.map((item, index) => (
          <li key={item.id} data-testid="print-item" className="break-inside-avoid border-b border-black/30 pb-3">
            <p className="font-medium">
              {index + 1}. {item.title}
            </p>
            {item.description ? <p className="text-xs text-black/70">{item.description}</p> : null}
            <div className="mt-2 flex flex-wrap gap-5">
              {RESULTS.map((result) => (
                <span key={result} className="inline-flex items-center gap-1.5">
                  <span aria-hidden="true" className="inline-block size-4 border border-black" />
                  {tResult(result)}
                </span>
              ))}
            </div>
            <p className="mt-2 text-xs">{t("comment")}:</p>
            <div className="h-10 border-b border-dotted border-black/60" />
          </li>
        ))}
      </ol>
      <div className="mt-8 grid grid-cols-2 gap-6">
        <SheetLine label={t("decision")} />
        <SheetLine label={t("signature")} />
      </div>
    </PrintSheet>
  );
}
