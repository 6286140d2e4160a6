"use client";
// Staff sign-in form: e-mail and password; a failure shows one neutral message (or when to retry after too many).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { staffSignIn, type StaffSignInState } from "./actions";

const initialState: StaffSignInState = { error: null, email: "" };

export function StaffSignInForm({ next }: { next: string }) {
  const t = useTranslations("auth.signIn");
  const [state, formAction] = useActionState(staffSignIn, initialState);
  return (
    <form action={formAction} data-testid="staff-sign-in" className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <Field id="staff-email" label={t("email")}>
        <Input
          id="staff-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={254}
          placeholder={t("emailPlaceholder")}
          defaultValue={state.email}
          aria-describedby={state.error ? "staff-sign-in-error" : undefined}
        />
      </Field>
      <Field id="staff-password" label={t("staff.password")}>
        <Input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          aria-describedby={state.error ? "staff-sign-in-error" : undefined}
        />
      </Field>
      {state.error ? (
        <ErrorAlert id="staff-sign-in-error">
          {state.error === "tooMany" ? t("staff.tooMany", { minutes: state.retryMinutes ?? 15 }) : t("staff.invalidCredentials")}
        </ErrorAlert>
      ) : null}
      <SubmitButton pendingLabel={t("staff.pending")} className="w-full">
        {t("staff.submit")}
      </SubmitButton>
    </form>
  );
}
