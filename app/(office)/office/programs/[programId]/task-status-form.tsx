"use client";
// Changes one task's status; BLOCKED asks for a reason. A quick "Done" button sits beside the full changer.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input, Select } from "@/app/_components/ui/field";
import { FormSubmit } from "../_components/form-submit";
import { idleState } from "../_lib/form-state";
import { taskStatusAction } from "./task-actions";

const STATUSES = ["TODO", "IN_PROGRESS", "DONE", "BLOCKED"] as const;

type TaskStatusFormProps = { n: number; programId: string; taskId: string; status: (typeof STATUSES)[number]; blockedReason: string };

export function TaskStatusForm({ n, programId, taskId, status, blockedReason }: TaskStatusFormProps) {
  const t = useTranslations("programs.tasks");
  const tStatus = useTranslations("programs.taskStatus");
  const [state, formAction] = useActionState(taskStatusAction, idleState);
  const failed = state.status === "error";
  const [chosen, setChosen] = useState<string>(failed ? state.values.status || status : status);
  const hidden = (
    <>
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="taskId" value={taskId} />
    </>
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={formAction} data-testid={`task-${n}-status-form`} className="flex flex-wrap items-end gap-2">
          {hidden}
          <Field id={`task-${n}-status`} label={t("changeStatus")}>
            <Select id={`task-${n}-status`} name="status" controlSize="sm" data-testid={`task-${n}-status`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {tStatus(value)}
                </option>
              ))}
            </Select>
          </Field>
          {chosen === "BLOCKED" ? (
            <Field id={`task-${n}-blocked-reason`} label={t("blockedReason")} error={state.fieldErrors.blockedReason}>
              <Input
                id={`task-${n}-blocked-reason`}
                name="blockedReason"
                controlSize="sm"
                required
                minLength={3}
                maxLength={2000}
                data-testid={`task-${n}-blocked-reason`}
                defaultValue={failed ? state.values.blockedReason : blockedReason}
              />
            </Field>
          ) : null}
          <FormSubmit pendingLabel={t("saving")} testId={`task-${n}-save`} variant="secondary" size="sm">
            {t("save")}
          </FormSubmit>
        </form>
        {status !== "DONE" ? (
          <form action={formAction}>
            {hidden}
            <input type="hidden" name="status" value="DONE" />
            <FormSubmit pendingLabel={t("saving")} testId={`task-${n}-done`} size="sm">
              {t("markDone")}
            </FormSubmit>
          </form>
        ) : null}
      </div>
      {failed && state.message ? <ErrorAlert id={`task-${n}-error`}>{state.message}</ErrorAlert> : null}
    </div>
  );
}
