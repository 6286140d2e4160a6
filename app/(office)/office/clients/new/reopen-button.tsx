"use client";
// "Take again as a new lead": turns a REFUSED client back into a LEAD (its history stays) and opens its card.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { reopenLeadAction, type ReopenState } from "./actions";

export function ReopenButton({ clientId }: { clientId: string }) {
  const t = useTranslations("leads.duplicate");
  const [state, formAction] = useActionState(reopenLeadAction, { message: null } satisfies ReopenState);
  return (
    <form action={formAction} data-testid="reopen-lead-form" className="inline-flex flex-col gap-1">
      <input type="hidden" name="clientId" value={clientId} />
      <SubmitButton variant="secondary" pendingLabel={t("reopenPending")}>
        <span data-testid="reopen-lead">{t("reopen")}</span>
      </SubmitButton>
      {state.message ? <span role="alert" className="text-sm text-danger-700">{state.message}</span> : null}
    </form>
  );
}
