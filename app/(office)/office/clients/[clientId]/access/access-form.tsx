"use client";
// Add or edit one cloud access: application, URL, person, login and password (empty keeps the stored password on edit).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input, Select } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { saveAccessAction } from "./actions";
import { idleAccessState } from "./form-state";

type Person = { id: string; fullName: string };
type Existing = { id: string; application: string; url: string; login: string; personId: string | null; updatedAt: string };

export function AccessForm({ clientId, persons, existing }: { clientId: string; persons: Person[]; existing?: Existing }) {
  const t = useTranslations("cloudAccess");
  const [state, formAction] = useActionState(saveAccessAction, idleAccessState);
  const prefix = existing ? `access-${existing.id}` : "access-new";
  const value = (name: keyof Omit<Existing, "id" | "updatedAt">) => state.values[name] ?? existing?.[name] ?? "";
  const err = (name: string) => state.fieldErrors[name];
  const described = (name: string) => (err(name) ? `${prefix}-${name}-error` : undefined);

  return (
    <form action={formAction} data-testid={existing ? "cloud-access-edit-form" : "cloud-access-create-form"} className={existing ? "grid gap-3" : "grid gap-4 sm:grid-cols-2"}>
      <input type="hidden" name="clientId" value={clientId} />
      {existing ? (
        <>
          <input type="hidden" name="accessId" value={existing.id} />
          <input type="hidden" name="updatedAt" value={existing.updatedAt} />
        </>
      ) : null}
      <Field id={`${prefix}-application`} label={t("application")} error={err("application")}>
        <Input id={`${prefix}-application`} name="application" required maxLength={200} defaultValue={value("application")} aria-invalid={!!err("application")} aria-describedby={described("application")} />
      </Field>
      <Field id={`${prefix}-url`} label={t("url")} error={err("url")}>
        <Input id={`${prefix}-url`} name="url" type="url" inputMode="url" required maxLength={2000} placeholder="https://" defaultValue={value("url")} aria-invalid={!!err("url")} aria-describedby={described("url")} />
      </Field>
      <Field id={`${prefix}-person`} label={t("person")} error={err("personId")}>
        <Select id={`${prefix}-person`} name="personId" defaultValue={value("personId")} aria-invalid={!!err("personId")} aria-describedby={described("personId")}>
          <option value="">{t("noPerson")}</option>
          {persons.map((p) => (
            <option key={p.id} value={p.id}>
              {p.fullName}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${prefix}-login`} label={t("login")} error={err("login")}>
        <Input id={`${prefix}-login`} name="login" required maxLength={200} autoComplete="off" spellCheck={false} defaultValue={value("login")} aria-invalid={!!err("login")} aria-describedby={described("login")} />
      </Field>
      <Field id={`${prefix}-password`} label={t("password")} error={err("password")}>
        <Input
          id={`${prefix}-password`}
          name="password"
          type="password"
          required={!existing}
          maxLength={500}
          autoComplete="new-password"
          aria-invalid={!!err("password")}
          aria-describedby={[described("password"), existing ? `${prefix}-password-hint` : undefined].filter(Boolean).join(" ") || undefined}
        />
        {existing ? (
          <p id={`${prefix}-password-hint`} className="text-xs text-muted">
            {t("passwordKeep")}
          </p>
        ) : null}
      </Field>
      <div className={existing ? "flex flex-wrap items-end gap-3" : "flex flex-wrap items-end gap-3 sm:col-span-2"}>
        <SubmitButton pendingLabel={t("saving")}>{existing ? t("save") : t("add")}</SubmitButton>
        {state.status === "ok" ? (
          <p role="status" className="text-sm text-emerald-700">
            {t("saved")}
          </p>
        ) : null}
      </div>
      {state.status === "error" && state.message ? <ErrorAlert>{state.message}</ErrorAlert> : null}
    </form>
  );
}
