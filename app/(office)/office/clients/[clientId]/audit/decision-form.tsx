"use client";
// The audit's decision: accept, accept with remediation, or outsourcer refusal (which needs a note).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { decideAuditAction, type AuditActionState } from "./actions";

const DECISIONS = ["ACCEPT", "ACCEPT_WITH_REMEDIATION", "REFUSE"] as const;
const initial: AuditActionState = { status: "idle", message: null, fieldErrors: {}, values: {} };

export function DecisionForm({ auditId, clientId }: { auditId: string; clientId: string }) {
  const t = useTranslations("audits");
  const [state, formAction] = useActionState(decideAuditAction, initial);
  return (
    <form action={formAction} data-testid="audit-decision-form" className="space-y-4" key={JSON.stringify(state.values)}>
      <input type="hidden" name="auditId" value={auditId} />
      <input type="hidden" name="clientId" value={clientId} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-ink-soft">{t("page.decisionTitle")}</legend>
        {DECISIONS.map((decision) => (
          <label key={decision} className="flex items-center gap-2 text-sm text-ink">
            <input type="radio" name="decision" value={decision} required defaultChecked={state.values.decision === decision} data-testid={`decision-${decision}`} className="size-4 accent-brand-600" />
            {t(`decision.${decision}`)}
          </label>
        ))}
        {state.fieldErrors.decision ? <p className="text-sm text-danger-700">{state.fieldErrors.decision}</p> : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="decision-note" className="block text-sm font-medium text-ink-soft">
          {t("page.note")}
        </label>
        <textarea
          id="decision-note"
          name="note"
          rows={3}
          maxLength={2000}
          defaultValue={state.values.note ?? ""}
          data-testid="decision-note"
          aria-invalid={state.fieldErrors.note ? true : undefined}
          aria-describedby="decision-note-hint"
          className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none aria-invalid:border-danger-700"
        />
        <p id="decision-note-hint" className="text-xs text-muted">
          {t("page.noteHint")}
        </p>
        {state.fieldErrors.note ? <p className="text-sm text-danger-700">{state.fieldErrors.note}</p> : null}
      </div>
      {state.message && !state.fieldErrors.note && !state.fieldErrors.decision ? <ErrorAlert>{state.message}</ErrorAlert> : null}
      <SubmitButton pendingLabel={t("page.deciding")}>
        <span data-testid="decision-submit">{t("page.decide")}</span>
      </SubmitButton>
    </form>
  );
}
