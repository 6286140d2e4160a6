"use server";
// Sign-in server actions: staff with a password; authorized persons with a magic link (and code) that never reveals unknown e-mails.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/server/auth";
import { TooManySignInAttempts } from "@/server/auth/config";
import { safeNextPath } from "./next-path";
import { CHECK_EMAIL_PATH, requestMagicLink } from "./request-link";
import { text } from "@/app/_components/form-data";

export type StaffSignInState = { error: "invalidCredentials" | "tooMany" | null; email: string; retryMinutes?: number };
export type PortalSignInState = { error: "invalidEmail" | "sendFailed" | "tooMany" | null; email: string };

/**
 * Any failure (unknown e-mail, wrong password, deactivated account) is the same neutral message; too many failed
 * attempts (per e-mail or address, whether or not the account exists) say when to try again.
 */
export async function staffSignIn(_previous: StaffSignInState, formData: FormData): Promise<StaffSignInState> {
  const email = text(formData, "email").trim();
  const password = text(formData, "password");
  const redirectTo = safeNextPath(text(formData, "next"), "staff");
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof TooManySignInAttempts) {
      return { error: "tooMany", email, retryMinutes: Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 60_000)) };
    }
    if (error instanceof AuthError) return { error: "invalidCredentials", email };
    throw error;
  }
  redirect(redirectTo);
}

/**
 * Known and unknown e-mails end on the same check-email page by the same redirect; only a known, non-revoked
 * authorized person is actually sent a link and code (Auth.js would send unknown ones to its error page instead).
 */
export async function portalSignIn(_previous: PortalSignInState, formData: FormData): Promise<PortalSignInState> {
  const typed = text(formData, "email").trim();
  const parsed = z.email().safeParse(typed.toLowerCase());
  if (!parsed.success) return { error: "invalidEmail", email: typed };
  const result = await requestMagicLink(parsed.data, safeNextPath(text(formData, "next"), "portal"));
  if (result !== "sent") return { error: result, email: typed };
  redirect(CHECK_EMAIL_PATH);
}
