"use client";
// "Start express audit" on the client card: creates the audit from the firm's template and opens it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { startAuditAction, type AuditActionState } from "./actions";

const initial: AuditActionState = { status: "idle", message: null, fieldErrors: {}, values: {} };

export function StartAuditButton({ clientId }: { clientId: string }) {
  const t = useTranslations("audits.section");
  const [state, formAction] = useActionState(startAuditAction, initial);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="clientId" value={clientId} />
      <SubmitButton pendingLabel={t("starting")}>
        <span data-testid="start-audit">{t("start")}</span>
      </SubmitButton>
      {state.message ? <span role="alert" className="text-sm text-danger-700">{state.message}</span> : null}
    </form>
  );
}
