"use client";
// "The contract is signed" with its date: completes the contract task, which the working group sees at once.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { idleState } from "../_lib/form-state";
import { confirmContractAction } from "./actions";
import { FormMessage } from "./form-message";

export function ContractForm({ clientId, taskId, today }: { clientId: string; taskId: string; today: string }) {
  const t = useTranslations("portal.todos.contract");
  const [state, action] = useActionState(confirmContractAction, idleState);
  const error = state.fieldErrors.signedOn;
  return (
    <form action={action} data-testid="todo-confirm-contract" className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="taskId" value={taskId} />
      <Field id={`signed-on-${taskId}`} label={t("date")} error={error} className="max-w-xs">
        <Input
          id={`signed-on-${taskId}`}
          name="signedOn"
          type="date"
          required
          max={today}
          defaultValue={state.values.signedOn ?? today}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `signed-on-${taskId}-error` : undefined}
        />
      </Field>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      <FormMessage state={state} id={`contract-message-${taskId}`} />
    </form>
  );
}
