"use client";
// Client-portal sign-in form: an e-mail address that receives a one-time link.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ErrorAlert } from "@/app/_components/ui/alert";
import { Field, Input } from "@/app/_components/ui/field";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { portalSignIn, type PortalSignInState } from "./actions";

const initialState: PortalSignInState = { error: null, email: "" };

export function PortalSignInForm({ next }: { next: string }) {
  const t = useTranslations("auth.signIn");
  const [state, formAction] = useActionState(portalSignIn, initialState);
  const message =
    state.error === "invalidEmail" ? t("invalidEmail") : state.error === "sendFailed" ? t("portal.sendFailed") : state.error === "tooMany" ? t("portal.tooMany") : null;
  return (
    <form action={formAction} data-testid="portal-sign-in" className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <Field id="portal-email" label={t("email")}>
        <Input
          id="portal-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={254}
          placeholder={t("emailPlaceholder")}
          defaultValue={state.email}
          aria-invalid={state.error === "invalidEmail" || undefined}
          aria-describedby={message ? "portal-sign-in-error" : undefined}
        />
      </Field>
      {message ? <ErrorAlert id="portal-sign-in-error">{message}</ErrorAlert> : null}
      <SubmitButton pendingLabel={t("portal.pending")} className="w-full">
        {t("portal.submit")}
      </SubmitButton>
    </form>
  );
}
