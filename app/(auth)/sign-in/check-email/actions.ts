"use server";
// The code form's action: rate limits per e-mail and per address, then the code; a valid one hands back the magic link to open.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SIGN_IN_CODE_PATTERN, verifySignInCode } from "@/server/auth/sign-in-code";
import { AppError } from "@/server/errors";
import { clientIp, enforceRateLimits } from "@/server/rate-limit/rate-limit";
import { rateKey } from "@/server/rate-limit/rules";
import { text } from "@/app/_components/form-data";

export type CodeState = {
  error: "invalidEmail" | "codeFormat" | "invalidCode" | "tooMany" | null;
  attemptsLeft: number | null;
  email: string;
  /** The magic link the browser opens next (a full navigation, so Auth.js can set the session cookie). */
  redirectTo: string | null;
};

const ERROR_PAGES = { expired: "CodeExpired", used: "CodeUsed", locked: "CodeLocked" } as const;

export async function verifyCodeAction(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const typed = text(formData, "email").trim();
  const base = { email: typed, attemptsLeft: null, redirectTo: null };
  const email = z.email().safeParse(typed.toLowerCase());
  if (!email.success) return { ...base, error: "invalidEmail" };
  const code = text(formData, "code").replace(/[\s-]/g, "");
  if (!SIGN_IN_CODE_PATTERN.test(code)) return { ...base, error: "codeFormat" };
  try {
    await enforceRateLimits([rateKey("codePerEmail", email.data), rateKey("codePerIp", clientIp(await headers()))], "auth.codeForm.tooMany");
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") return { ...base, error: "tooMany" };
    throw error;
  }
  const result = await verifySignInCode(email.data, code);
  if (result.ok) return { ...base, error: null, redirectTo: result.callbackUrl };
  if (result.reason === "invalid") return { ...base, error: "invalidCode", attemptsLeft: result.attemptsLeft };
  redirect(`/sign-in/error?error=${ERROR_PAGES[result.reason]}`);
}
