"use client";
// One checklist item: OK / ISSUE / CRITICAL and a comment, saved on its own; read-only once the audit is decided.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/app/_components/ui/cn";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { recordFindingAction, type AuditActionState } from "./actions";

type Finding = { id: string; title: string; position: number; result: "OK" | "ISSUE" | "CRITICAL" | null; comment: string | null };
type Props = { auditId: string; clientId: string; finding: Finding; number: number; editable: boolean };

const RESULTS = ["OK", "ISSUE", "CRITICAL"] as const;
const TONES = { OK: "peer-checked:bg-emerald-600", ISSUE: "peer-checked:bg-amber-500", CRITICAL: "peer-checked:bg-rose-600" } as const;

export function FindingForm({ auditId, clientId, finding, number, editable }: Props) {
  const t = useTranslations("audits");
  const initial: AuditActionState = { status: "idle", message: null, fieldErrors: {}, values: { result: finding.result ?? "", comment: finding.comment ?? "" } };
  const [state, formAction] = useActionState(recordFindingAction, initial);
  const prefix = `finding-${finding.id}`;
  return (
    <form action={formAction} data-testid="audit-finding" data-position={finding.position} className="space-y-3 border-b border-line px-5 py-4 last:border-b-0">
      <input type="hidden" name="auditId" value={auditId} />
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="findingId" value={finding.id} />
      <fieldset disabled={!editable} className="space-y-3">
        <legend className="font-medium text-ink">
          {number}. {finding.title}
        </legend>
        <div role="radiogroup" aria-label={t("page.result")} className="flex flex-wrap gap-2">
          {RESULTS.map((result) => (
            <label key={result} className="cursor-pointer">
              <input type="radio" name="result" value={result} defaultChecked={state.values.result === result} className="peer sr-only" data-testid={`finding-result-${result}`} />
              <span className={cn("inline-flex h-9 items-center rounded-md border border-line-strong px-3 text-sm peer-checked:border-transparent peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-300", TONES[result])}>
                {t(`result.${result}`)}
              </span>
            </label>
          ))}
        </div>
        <div className="space-y-1">
          <label htmlFor={`${prefix}-comment`} className="block text-sm text-ink-soft">
            {t("page.comment")}
          </label>
          <textarea
            id={`${prefix}-comment`}
            name="comment"
            rows={2}
            maxLength={2000}
            defaultValue={state.values.comment}
            data-testid="finding-comment"
            className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          />
        </div>
        {editable ? (
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton variant="secondary" pendingLabel={t("page.saving")}>
              <span data-testid="finding-save">{t("page.save")}</span>
            </SubmitButton>
            {state.status === "saved" ? <span role="status" className="text-sm text-emerald-700">{t("page.saved")}</span> : null}
            {state.status === "error" && state.message ? <span role="alert" className="text-sm text-danger-700">{state.message}</span> : null}
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
