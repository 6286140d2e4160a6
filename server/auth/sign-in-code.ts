// The 6-digit code sent with a magic link: stored hashed, 5 tries, 15 minutes, used once together with the link.
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { db, type Db, type Tx } from "@/server/db";

export const MAX_CODE_ATTEMPTS = 5;
export const SIGN_IN_CODE_PATTERN = /^\d{6}$/;

export type CodeCheck =
  | { ok: true; callbackUrl: string }
  | { ok: false; reason: "invalid"; attemptsLeft: number | null }
  | { ok: false; reason: "expired" | "used" | "locked" };

type Opts = { client?: Db | Tx; now?: Date };

const normalizeEmail = (email: string) => email.trim().toLowerCase();

function hashCode(email: string, code: string): Buffer {
  return createHash("sha256").update(`${normalizeEmail(email)}:${code}`).digest();
}

/** A new code for `email` that leads to `callbackUrl` (the magic link) until `expiresAt`; returns the plain code. */
export async function issueSignInCode(email: string, callbackUrl: string, expiresAt: Date, { client = db }: Opts = {}): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await client.signInCode.create({ data: { email: normalizeEmail(email), codeHash: hashCode(email, code).toString("hex"), callbackUrl, expiresAt } });
  return code;
}

/**
 * Checks a typed code against the newest code sent to `email`. Every try counts (an attempt is reserved
 * atomically before comparing, so parallel tries cannot exceed the limit); a match marks the code used once.
 */
export async function verifySignInCode(email: string, typed: string, { client = db, now = new Date() }: Opts = {}): Promise<CodeCheck> {
  const latest = await client.signInCode.findFirst({ where: { email: normalizeEmail(email) }, orderBy: { createdAt: "desc" } });
  if (!latest) return { ok: false, reason: "invalid", attemptsLeft: null };
  if (latest.usedAt) return { ok: false, reason: "used" };
  if (latest.expiresAt <= now) return { ok: false, reason: "expired" };
  const reserved = await client.signInCode.updateMany({
    where: { id: latest.id, usedAt: null, expiresAt: { gt: now }, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (reserved.count === 0) return { ok: false, reason: latest.attempts >= MAX_CODE_ATTEMPTS ? "locked" : "used" };
  const code = typed.replace(/[\s-]/g, "");
  const matches = SIGN_IN_CODE_PATTERN.test(code) && timingSafeEqual(hashCode(email, code), Buffer.from(latest.codeHash, "hex"));
  if (!matches) return { ok: false, reason: "invalid", attemptsLeft: Math.max(0, MAX_CODE_ATTEMPTS - latest.attempts - 1) };
  const used = await client.signInCode.updateMany({ where: { id: latest.id, usedAt: null }, data: { usedAt: now } });
  if (used.count === 0) return { ok: false, reason: "used" };
  return { ok: true, callbackUrl: latest.callbackUrl };
}

/** Marks every open code of `email` used (the person signed in by the link, so its code must not work any more). */
export async function consumeSignInCodes(email: string, { client = db, now = new Date() }: Opts = {}): Promise<void> {
  await client.signInCode.updateMany({ where: { email: normalizeEmail(email), usedAt: null }, data: { usedAt: now } });
}
