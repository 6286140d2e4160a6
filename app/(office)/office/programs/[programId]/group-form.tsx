"use client";
// Assigns a working group to the program; over capacity, an ADMIN may give a reason and assign anyway.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input, Select } from "@/app/_components/ui/field";
import { FormSubmit } from "../_components/form-submit";
import { idleState } from "../_lib/form-state";
import { assignGroupAction } from "./actions";

export type GroupOption = { id: string; label: string; flags: string };

type GroupFormProps = { programId: string; version: number; options: GroupOption[]; selected: string; canOverride: boolean };

export function GroupForm({ programId, version, options, selected, canOverride }: GroupFormProps) {
  const t = useTranslations("programs.group");
  const [state, formAction] = useActionState(assignGroupAction, idleState);
  const failed = state.status === "error";
  const askReason = canOverride && (state.needs === "overrideReason" || !!state.values.overrideReason);
  return (
    <form action={formAction} data-testid="group-form" className="space-y-4">
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="version" value={version} />
      <Field id="group-select" label={t("select")} error={state.fieldErrors.groupId}>
        <Select id="group-select" name="groupId" data-testid="group-select" defaultValue={failed ? state.values.groupId : selected}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.flags ? `${option.label} (${option.flags})` : option.label}
            </option>
          ))}
        </Select>
      </Field>
      {askReason ? (
        <Field id="group-override-reason" label={t("overrideReason")} error={state.fieldErrors.overrideReason}>
          <Input id="group-override-reason" name="overrideReason" data-testid="group-override-reason" required minLength={3} maxLength={2000} defaultValue={state.values.overrideReason} />
        </Field>
      ) : null}
      {failed && state.message ? (
        <ErrorAlert id="group-error">
          {state.message}
          {state.needs === "overrideReason" && canOverride ? <span className="mt-1 block">{t("overrideHint")}</span> : null}
        </ErrorAlert>
      ) : null}
      <FormSubmit pendingLabel={t("pending")} testId="group-assign">
        {askReason ? t("assignOver") : t("assign")}
      </FormSubmit>
    </form>
  );
}
