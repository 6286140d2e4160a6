"use client";
// One refusal (outsourcer or client): a button that opens a small form asking for the reason, then confirms.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { FormSubmit } from "../_components/form-submit";
import { idleState } from "../_lib/form-state";
import { refuseAction } from "./actions";

type RefusalFormProps = { by: "outsourcer" | "client"; programId: string; version: number; disabled: boolean };

export function RefusalForm({ by, programId, version, disabled }: RefusalFormProps) {
  const t = useTranslations("programs.refusal");
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(refuseAction, idleState);
  const id = `refuse-${by}`;
  if (!open || disabled) {
    return (
      <Button variant="secondary" data-testid={id} disabled={disabled} onClick={() => setOpen(true)} className="text-danger-700">
        {t(`${by}.open`)}
      </Button>
    );
  }
  return (
    <form action={formAction} data-testid={`${id}-form`} className="w-full space-y-3 rounded-md border border-danger-200 bg-danger-50/40 p-4 sm:max-w-md">
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="by" value={by} />
      <p className="text-sm text-ink-soft">{t(`${by}.explain`)}</p>
      <Field id={`${id}-reason`} label={t("reason")} error={state.fieldErrors.reason}>
        <textarea
          id={`${id}-reason`}
          name="reason"
          required
          minLength={3}
          maxLength={2000}
          rows={3}
          data-testid={`${id}-reason`}
          defaultValue={state.values.reason}
          className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
        />
      </Field>
      {state.status === "error" && state.message ? <ErrorAlert id={`${id}-error`}>{state.message}</ErrorAlert> : null}
      <div className="flex flex-wrap gap-2">
        <FormSubmit pendingLabel={t("pending")} testId={`${id}-confirm`}>
          {t(`${by}.confirm`)}
        </FormSubmit>
        <Button variant="quiet" onClick={() => setOpen(false)} data-testid={`${id}-cancel`}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
