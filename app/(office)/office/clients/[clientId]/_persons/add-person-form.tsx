"use client";
// Form on the client card: appoint an authorized person (name, position, e-mail, permissions); errors under fields.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { addPersonAction, type AddPersonState } from "./actions";

export function AddPersonForm({ clientId }: { clientId: string }) {
  const t = useTranslations("leads.persons");
  const [state, action] = useActionState<AddPersonState, FormData>(addPersonAction, { ok: false, message: null, fieldErrors: {}, values: {} });
  const error = (name: string) => state.fieldErrors[name];
  return (
    <form action={action} className="grid gap-4 border-t border-line p-4 sm:grid-cols-2 sm:p-6" data-testid="person-form" key={state.ok ? "saved" : "editing"}>
      <input type="hidden" name="clientId" value={clientId} />
      <h3 className="text-sm font-semibold text-ink sm:col-span-2">{t("addTitle")}</h3>
      {state.message ? <div className="sm:col-span-2"><ErrorAlert>{state.message}</ErrorAlert></div> : null}
      {state.ok ? <p className="text-sm text-brand-700 sm:col-span-2" role="status">{t("added")}</p> : null}
      <Field id="person-fullName" label={t("fullName")} error={error("fullName")}>
        <Input id="person-fullName" name="fullName" data-testid="person-name" required maxLength={200} defaultValue={state.values.fullName ?? ""} autoComplete="off" />
      </Field>
      <Field id="person-position" label={t("position")} error={error("position")}>
        <Input id="person-position" name="position" maxLength={200} defaultValue={state.values.position ?? ""} autoComplete="off" />
      </Field>
      <Field id="person-email" label={t("email")} error={error("email")} className="sm:col-span-2">
        <Input id="person-email" name="email" type="email" data-testid="person-email" required maxLength={254} defaultValue={state.values.email ?? ""} autoComplete="off" />
      </Field>
      <label className="flex items-center gap-2 text-sm text-ink-soft">
        <input type="checkbox" name="canViewCredentials" defaultChecked className="size-4" /> {t("canViewCredentials")}
      </label>
      <label className="flex items-center gap-2 text-sm text-ink-soft">
        <input type="checkbox" name="canManagePersons" defaultChecked className="size-4" /> {t("canManagePersons")}
      </label>
      <div className="sm:col-span-2">
        <SubmitButton testId="person-submit" pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
