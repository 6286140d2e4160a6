"use client";
// Revokes one authorized person's access (the server refuses yourself and the last active person).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { idleState } from "../_lib/form-state";
import { revokePersonAction } from "./actions";
import { FormMessage } from "./form-message";

export function RevokeButton({ clientId, personId, name, index }: { clientId: string; personId: string; name: string; index: number }) {
  const t = useTranslations("portal.persons");
  const [state, action] = useActionState(revokePersonAction, idleState);
  return (
    <form action={action} data-testid={`revoke-person-${index}`} className="space-y-2">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="personId" value={personId} />
      <SubmitButton variant="secondary" pendingLabel={t("revokePending")}>
        <span aria-hidden="true">{t("revoke")}</span>
        <span className="sr-only">{t("revokeLabel", { name })}</span>
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} id={`revoke-message-${personId}`} /> : null}
    </form>
  );
}
