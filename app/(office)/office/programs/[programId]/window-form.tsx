"use client";
// Moves the transition window (start and end dates); a stale version keeps what was typed and says why.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input } from "@/app/_components/ui/field";
import { FormSubmit } from "../_components/form-submit";
import { idleState } from "../_lib/form-state";
import { windowAction } from "./actions";

type WindowFormProps = { programId: string; version: number; windowStart: string; windowEnd: string };

export function WindowForm({ programId, version, windowStart, windowEnd }: WindowFormProps) {
  const t = useTranslations("programs.window");
  const [state, formAction] = useActionState(windowAction, idleState);
  const failed = state.status === "error";
  return (
    <form action={formAction} data-testid="window-form" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="version" value={version} />
      <Field id="window-start" label={t("start")} error={state.fieldErrors.windowStart}>
        <Input id="window-start" name="windowStart" type="date" required data-testid="window-start" defaultValue={failed ? state.values.windowStart : windowStart} />
      </Field>
      <Field id="window-end" label={t("end")} error={state.fieldErrors.windowEnd}>
        <Input id="window-end" name="windowEnd" type="date" required data-testid="window-end" defaultValue={failed ? state.values.windowEnd : windowEnd} />
      </Field>
      <FormSubmit pendingLabel={t("pending")} testId="window-submit" variant="secondary">
        {t("submit")}
      </FormSubmit>
      {failed && state.message ? (
        <div className="sm:col-span-3">
          <ErrorAlert id="window-error">{state.message}</ErrorAlert>
        </div>
      ) : null}
    </form>
  );
}
