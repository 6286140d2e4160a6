// An A4 sheet for printing: only the sheet is printed (the office shell is hidden), with a Print button hidden in print.
import type { ReactNode } from "react";
import { PrintButton } from "./print-button";

const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
@media print {
  body * { visibility: hidden; }
  #print-sheet, #print-sheet * { visibility: visible; }
  #print-sheet { position: absolute; inset: 0 auto auto 0; width: 100%; margin: 0; padding: 0; border: 0; box-shadow: none; }
}
`;

export function PrintSheet({ title, printLabel, children }: { title: string; printLabel: string; children: ReactNode }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-4 flex justify-end print:hidden">
        <PrintButton label={printLabel} />
      </div>
      <article
        id="print-sheet"
        data-testid="print-sheet"
        className="mx-auto max-w-[210mm] bg-white p-6 text-[13px] leading-snug text-black shadow-card sm:p-10 print:max-w-none print:p-0 print:shadow-none"
      >
        <h1 className="mb-4 text-xl font-semibold">{title}</h1>
        {children}
      </article>
    </>
  );
}

/** One "label: value" line of the sheet's header; an empty value leaves a line to write on. */
export function SheetLine({ label, value }: { label: string; value?: ReactNode }) {
  return (
    <div className="flex items-end gap-2">
      <span className="shrink-0 font-medium">{label}:</span>
      <span className="min-h-5 flex-1 border-b border-black/60">{value ?? ""}</span>
    </div>
  );
}
