"use client";
// DRAFT -> APPROVED: the date the program may be executed from (today by default) and the window length in days.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { format } from "date-fns";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { Field, Input } from "@/app/_components/ui/field";
import { FormSubmit } from "../_components/form-submit";
import { idleState } from "../_lib/form-state";
import { approveAction } from "./actions";

type ApproveFormProps = { programId: string; version: number; defaultWindowDays: number };

export function ApproveForm({ programId, version, defaultWindowDays }: ApproveFormProps) {
  const t = useTranslations("programs.approve");
  const [state, formAction] = useActionState(approveAction, idleState);
  const errorFor = (field: string) => state.fieldErrors[field];
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody>
        <form action={formAction} data-testid="approve-form" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <input type="hidden" name="programId" value={programId} />
          <input type="hidden" name="version" value={version} />
          <Field id="approve-from" label={t("approvedFrom")} error={errorFor("approvedFrom")}>
            <Input
              id="approve-from"
              name="approvedFrom"
              type="date"
              required
              data-testid="approve-from"
              defaultValue={state.values.approvedFrom ?? format(new Date(), "yyyy-MM-dd")}
              aria-invalid={!!errorFor("approvedFrom")}
            />
          </Field>
          <Field id="approve-window-days" label={t("windowDays")} error={errorFor("windowDays")}>
            <Input
              id="approve-window-days"
              name="windowDays"
              type="number"
              min={1}
              max={90}
              required
              inputMode="numeric"
              data-testid="approve-window-days"
              defaultValue={state.values.windowDays ?? String(defaultWindowDays)}
              aria-invalid={!!errorFor("windowDays")}
            />
          </Field>
          <FormSubmit pendingLabel={t("pending")} testId="approve-submit">
            {t("submit")}
          </FormSubmit>
          {state.status === "error" && state.message ? (
            <div className="sm:col-span-3">
              <ErrorAlert id="approve-error">{state.message}</ErrorAlert>
            </div>
          ) : null}
        </form>
      </CardBody>
    </Card>
  );
}
