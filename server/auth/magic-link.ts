// Magic-link e-mail for authorized persons: only known, non-revoked persons get one; it goes through the mail outbox.
import type { EmailConfig } from "next-auth/providers";
import { db } from "@/server/db";
import { sendEmail } from "@/server/mail/send";

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

export async function sendMagicLink({ identifier, url, expires }: VerificationParams): Promise<void> {
  if (!(await isKnownPortalEmail(identifier))) return;
  const user = await db.user.findUnique({ where: { email: identifier }, select: { locale: true } });
  const locale = user?.locale === "en" ? "en" : "ru";
  const expiresInMinutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60000));
  await sendEmail({ to: identifier, template: "magic-link", locale, data: { url, expiresInMinutes } });
}
