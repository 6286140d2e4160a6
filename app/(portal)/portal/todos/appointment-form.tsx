"use client";
// "Authorized persons are appointed": finishes the appointment to-do once someone else has been invited.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { idleState } from "../_lib/form-state";
import { completeAppointmentAction } from "./actions";
import { FormMessage } from "./form-message";

export function AppointmentForm({ clientId, taskId }: { clientId: string; taskId: string }) {
  const t = useTranslations("portal.todos.appointment");
  const [state, action] = useActionState(completeAppointmentAction, idleState);
  return (
    <form action={action} data-testid="todo-complete-appointment" className="space-y-3">
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="taskId" value={taskId} />
      <SubmitButton pendingLabel={t("pending")}>{t("complete")}</SubmitButton>
      <FormMessage state={state} id={`appointment-message-${taskId}`} />
    </form>
  );
}
