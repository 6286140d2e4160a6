// Asking for a magic link (sign-in form, or a fresh code from the portal): rate-limited per e-mail and per address, neutral for unknown e-mails.
import "server-only";
import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { signIn } from "@/server/auth";
import { isKnownPortalEmail } from "@/server/auth/magic-link";
import { AppError } from "@/server/errors";
import { clientIp, enforceRateLimits } from "@/server/rate-limit/rate-limit";
import { rateKey } from "@/server/rate-limit/rules";

export const CHECK_EMAIL_PATH = "/sign-in/check-email";
/** Remembers the address for the code form on the check-email page (only sent to /sign-in pages, 15 minutes). */
export const SIGN_IN_EMAIL_COOKIE = "portal_sign_in_email";

export type LinkRequestResult = "sent" | "tooMany" | "sendFailed";

/** Sends the link (and its code) when the address is a known person; every address gets the same "sent". */
export async function requestMagicLink(email: string, redirectTo: string): Promise<LinkRequestResult> {
  try {
    await enforceRateLimits([rateKey("magicLinkPerEmail", email), rateKey("magicLinkPerIp", clientIp(await headers()))], "auth.signIn.portal.tooMany");
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") return "tooMany";
    throw error;
  }
  (await cookies()).set(SIGN_IN_EMAIL_COOKIE, email, {
    path: "/sign-in",
    maxAge: 15 * 60,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  });
  if (await isKnownPortalEmail(email)) {
    try {
      await signIn("resend", { email, redirectTo, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      if (error.type !== "AccessDenied") return "sendFailed";
    }
  }
  return "sent";
}
