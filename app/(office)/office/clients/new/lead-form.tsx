"use client";
// The new-lead form: requisites, tax regime, contact and manager; field errors under each field, typed values kept.
import { Link } from "@/app/_components/ui/link";
import { useActionState, type ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input, Select } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { createLeadAction, type LeadField, type LeadFormState } from "./actions";
import { ReopenButton } from "./reopen-button";

const initialState: LeadFormState = { message: null, fieldErrors: {}, values: {}, existing: null };

type Props = { taxRegimes: { value: string; label: string }[]; managers: { id: string; name: string }[] | null };

export function LeadForm({ taxRegimes, managers }: Props) {
  const t = useTranslations("leads");
  const [state, formAction] = useActionState(createLeadAction, initialState);

  const field = (name: LeadField, label: string, props: ComponentProps<typeof Input> = {}, wide = false) => (
    <Field id={`lead-${name}`} label={label} error={state.fieldErrors[name]} className={wide ? "sm:col-span-2" : undefined}>
      <Input
        id={`lead-${name}`}
        name={name}
        data-testid={`lead-${name}`}
        defaultValue={state.values[name] ?? ""}
        aria-invalid={state.fieldErrors[name] ? true : undefined}
        aria-describedby={state.fieldErrors[name] ? `lead-${name}-error` : undefined}
        {...props}
      />
    </Field>
  );

  return (
    <form action={formAction} data-testid="lead-form" className="space-y-6" key={JSON.stringify(state.values)}>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-ink">{t("new.requisites")}</legend>
        {field("name", t("fields.name"), { required: true, maxLength: 300, placeholder: t("fields.namePlaceholder") }, true)}
        {field("inn", t("fields.inn"), { required: true, inputMode: "numeric", maxLength: 12, autoComplete: "off" })}
        {field("kpp", `${t("fields.kpp")} (${t("fields.kppHint")})`, { maxLength: 9, autoComplete: "off" })}
        {field("ogrn", `${t("fields.ogrn")} (${t("fields.ogrnHint")})`, { inputMode: "numeric", maxLength: 15, autoComplete: "off" })}
        <Field id="lead-taxRegime" label={t("fields.taxRegime")} error={state.fieldErrors.taxRegime}>
          <Select id="lead-taxRegime" name="taxRegime" data-testid="lead-taxRegime" defaultValue={state.values.taxRegime ?? "USN_INCOME"}>
            {taxRegimes.map((regime) => (
              <option key={regime.value} value={regime.value}>
                {regime.label}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-ink">{t("new.contacts")}</legend>
        {field("contactName", t("fields.contactName"), { maxLength: 200, autoComplete: "name" })}
        {field("contactPhone", t("fields.contactPhone"), { type: "tel", maxLength: 50, autoComplete: "tel" })}
        {field("contactEmail", t("fields.contactEmail"), { type: "email", maxLength: 254, autoComplete: "email" })}
        {managers ? (
          <Field id="lead-managerId" label={t("fields.manager")} error={state.fieldErrors.managerId}>
            <Select id="lead-managerId" name="managerId" data-testid="lead-managerId" defaultValue={state.values.managerId ?? ""}>
              <option value="">{t("fields.noManager")}</option>
              {managers.map((manager) => (
                <option key={manager.id} value={manager.id}>
                  {manager.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </fieldset>
      {state.message ? (
        <ErrorAlert id="lead-form-error">
          <p>{state.message}</p>
          {state.existing ? (
            <div className="mt-2 flex flex-wrap items-center gap-3">
              {state.existing.refused ? <ReopenButton clientId={state.existing.clientId} /> : null}
              <Link href={`/office/clients/${state.existing.clientId}`} data-testid="lead-existing-client" className="font-medium underline">
                {t("duplicate.openExisting")}
              </Link>
            </div>
          ) : null}
        </ErrorAlert>
      ) : null}
      <SubmitButton pendingLabel={t("new.pending")} className="w-full sm:w-auto">
        <span data-testid="lead-submit">{t("new.submit")}</span>
      </SubmitButton>
    </form>
  );
}
