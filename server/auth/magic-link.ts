// Magic-link e-mail for authorized persons: only known, non-revoked persons get one (with a 6-digit code); it goes through the mail outbox.
import type { EmailConfig } from "next-auth/providers";
import { db } from "@/server/db";
import { sendEmail } from "@/server/mail/send";
import { hitRateLimit } from "@/server/rate-limit/rate-limit";
import { RATE_RULES } from "@/server/rate-limit/rules";
import { issueSignInCode } from "./sign-in-code";

type VerificationParams = Parameters<EmailConfig["sendVerificationRequest"]>[0];

export async function isKnownPortalEmail(email: string): Promise<boolean> {
  const normalized = email.trim().toLowerCase();
  if (!normalized) return false;
  const person = await db.authorizedPerson.findFirst({
    where: { user: { email: normalized }, invitationState: { not: "REVOKED" } },
    select: { id: true },
  });
  return person !== null;
}

/** Sends the link and a code that leads to the same link (same expiry); over the per-address backstop nothing is sent. */
export async function sendMagicLink({ identifier, url, expires }: Pick<VerificationParams, "identifier" | "url" | "expires">): Promise<void> {
  const email = identifier.trim().toLowerCase();
  if (!(await isKnownPortalEmail(email))) return;
  if (!(await hitRateLimit(`magicLinkMails:${email}`, RATE_RULES.magicLinkMailsPerEmail)).allowed) return;
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });
  const locale = user?.locale === "en" ? "en" : "ru";
  const expiresInMinutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60000));
  const code = await issueSignInCode(email, url, expires);
  await sendEmail({ to: email, template: "magic-link", locale, data: { url, code, expiresInMinutes } });
}
