"use client";
// "Enter the code": e-mail and the 6-digit code from the e-mail; a valid code continues to the magic link in this browser.
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { buttonClass } from "@/app/_components/ui/button";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { verifyCodeAction, type CodeState } from "./actions";

export function CodeForm({ email }: { email: string }) {
  const t = useTranslations("auth.codeForm");
  const [state, formAction] = useActionState(verifyCodeAction, { error: null, attemptsLeft: null, email, redirectTo: null } satisfies CodeState);
  useEffect(() => {
    if (state.redirectTo) window.location.assign(state.redirectTo);
  }, [state.redirectTo]);

  if (state.redirectTo) {
    return (
      <div role="status" className="space-y-3">
        <p className="text-sm text-ink">{t("success")}</p>
        <a href={state.redirectTo} className={buttonClass("primary", "md", "w-full")}>
          {t("continue")}
        </a>
      </div>
    );
  }
  const message =
    state.error === "invalidCode"
      ? `${t("invalidCode")}${state.attemptsLeft === null ? "" : ` ${t("attemptsLeft", { count: state.attemptsLeft })}`}`
      : state.error
        ? t(state.error)
        : null;
  return (
    <form action={formAction} data-testid="code-form" className="space-y-4 text-left">
      <Field id="code-email" label={t("email")}>
        <Input id="code-email" name="email" type="email" autoComplete="email" inputMode="email" spellCheck={false} required maxLength={254} defaultValue={state.email} aria-invalid={state.error === "invalidEmail" || undefined} aria-describedby={message ? "code-form-error" : undefined} />
      </Field>
      <Field id="code-value" label={t("code")}>
        <Input
          id="code-value"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          placeholder="123456"
          aria-invalid={state.error === "invalidCode" || state.error === "codeFormat" || undefined}
          aria-describedby={message ? "code-hint code-form-error" : "code-hint"}
          className="font-mono text-lg tracking-[0.3em]"
        />
        <p id="code-hint" className="text-xs text-muted">
          {t("codeHint")}
        </p>
      </Field>
      {message ? <ErrorAlert id="code-form-error">{message}</ErrorAlert> : null}
      <SubmitButton pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
