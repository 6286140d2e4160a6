"use client";
// Invites an authorized person: name, position, e-mail and the two permissions; field errors stay next to their inputs.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { idleState } from "../_lib/form-state";
import { invitePersonAction } from "./actions";
import { FormMessage } from "./form-message";

const TEXT_FIELDS = [
  { name: "fullName", type: "text", autoComplete: "off", required: true, maxLength: 200 },
  { name: "position", type: "text", autoComplete: "off", required: false, maxLength: 200 },
  { name: "email", type: "email", autoComplete: "off", required: true, maxLength: 254 },
] as const;

export function InviteForm({ clientId }: { clientId: string }) {
  const t = useTranslations("portal.persons");
  const [state, action] = useActionState(invitePersonAction, idleState);
  const labels = { fullName: t("fullName"), position: t("positionField"), email: t("email") };
  return (
    <form action={action} data-testid="invite-person-form" className="space-y-4" key={state.status === "ok" ? state.message : "form"}>
      <input type="hidden" name="clientId" value={clientId} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {TEXT_FIELDS.map((field) => {
          const id = `invite-${field.name}`;
          const error = state.fieldErrors[field.name];
          return (
            <Field key={field.name} id={id} label={labels[field.name]} error={error}>
              <Input
                id={id}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                required={field.required}
                maxLength={field.maxLength}
                defaultValue={state.status === "error" ? state.values[field.name] : ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </Field>
          );
        })}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-soft">{t("permissions")}</legend>
        {(["canViewCredentials", "canManagePersons"] as const).map((name) => (
          <div key={name} className="flex items-start gap-2">
            <input id={`invite-${name}`} name={name} type="checkbox" className="mt-0.5 size-4 rounded border-line-strong accent-brand-600" />
            <label htmlFor={`invite-${name}`} className="text-sm text-ink">
              {name === "canViewCredentials" ? t("viewCredentialsOption") : t("managePersonsOption")}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      <FormMessage state={state} id="invite-message" />
    </form>
  );
}
