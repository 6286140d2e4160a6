"use client";
// Removes one cloud access after an explicit confirmation.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { removeAccessAction } from "./actions";
import { idleAccessState } from "./form-state";

export function RemoveAccessForm({ clientId, accessId, updatedAt }: { clientId: string; accessId: string; updatedAt: string }) {
  const t = useTranslations("cloudAccess");
  const [state, formAction] = useActionState(removeAccessAction, idleAccessState);
  return (
    <form action={formAction} data-testid="cloud-access-remove-form" className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="accessId" value={accessId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <p className="text-sm text-ink-soft">{t("confirmRemove")}</p>
      <SubmitButton pendingLabel={t("removing")} variant="secondary">
        {t("removeConfirm")}
      </SubmitButton>
      {state.status === "error" && state.message ? <ErrorAlert>{state.message}</ErrorAlert> : null}
    </form>
  );
}
