// The mail outbox: enqueue rows (inside the caller's transaction) and deliver due rows safely across instances.
import { z } from "zod";
import { EmailDataError, renderStoredEmail, toEmailLocale, type EmailData, type EmailLocale, type EmailTemplate } from "@/emails/render";
import { db, type Db, type Tx } from "@/server/db";
import { EmailStatus, Prisma } from "@/server/generated/prisma/client";
import { defaultTransport, redactSecrets, type MailTransport } from "@/server/mail/transport";

/** One email to send: the data type follows the template. */
export type EmailInput = {
  [T in EmailTemplate]: {
    to: string;
    template: T;
    data: EmailData<T>;
    locale: EmailLocale;
    firmId?: string | null;
    dedupeKey?: string;
  };
}[EmailTemplate];

export type EnqueuedEmail = { id: string; created: boolean };

export const MAX_ATTEMPTS = 10;
const LOCK_MS = 5 * 60_000;
const BASE_DELAY_MS = 10_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Validates and renders now (a bad template or bad data fails here, in the caller's request), then writes a
 * PENDING row with `client` (pass the caller's `tx` to commit it with the business change). The same
 * `dedupeKey` never makes a second row, even inside a transaction (ON CONFLICT DO NOTHING, no aborted tx).
 */
export async function enqueueEmail(input: EmailInput, client: Db | Tx = db): Promise<EnqueuedEmail> {
  const recipient = z.email().safeParse(input.to.trim().toLowerCase());
  if (!recipient.success) throw new EmailDataError("Invalid recipient email address");
  const locale = toEmailLocale(input.locale);
  const { subject } = await renderStoredEmail(input.template, input.data, locale);
  const dedupeKey = input.dedupeKey ?? null;
  const row = { recipient: recipient.data, template: input.template, locale, data: input.data, subject, firmId: input.firmId ?? null, dedupeKey };
  const rows = await client.emailOutbox.createManyAndReturn({
    // Due now by this process's clock, the same clock deliverPending() compares against.
    data: [{ ...row, nextAttemptAt: new Date() }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (rows[0]) return { id: rows[0].id, created: true };
  const existing = dedupeKey ? await client.emailOutbox.findUnique({ where: { dedupeKey }, select: { id: true } }) : null;
  if (!existing) throw new Error("The outbox row was neither created nor found");
  return { id: existing.id, created: false };
}

export type DeliverOptions = { transport?: MailTransport; limit?: number; now?: Date; client?: Db; ids?: string[] };
export type DeliverResult = { claimed: number; sent: number; retrying: number; failed: number };
type ClaimedRow = { id: string; recipient: string; template: string; locale: string; data: unknown; attempts: number };

/**
 * Claims due rows in one statement (FOR UPDATE SKIP LOCKED + a lease in lockedUntil), so instances sharing the
 * database never deliver the same row at once; then renders, delivers and records the outcome of each.
 */
export async function deliverPending(opts: DeliverOptions = {}): Promise<DeliverResult> {
  const client = opts.client ?? db;
  const now = opts.now ?? new Date();
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 100);
  if (opts.ids && opts.ids.length === 0) return { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  const rows = await claimDue(client, now, limit, opts.ids);
  const result: DeliverResult = { claimed: rows.length, sent: 0, retrying: 0, failed: 0 };
  if (rows.length === 0) return result;
  const transport = opts.transport ?? defaultTransport();
  const outcomes = await Promise.all(rows.map((row) => deliverRow(client, transport, row, now)));
  for (const outcome of outcomes) result[outcome] += 1;
  return result;
}

function claimDue(client: Db, now: Date, limit: number, ids?: string[]): Promise<ClaimedRow[]> {
  const leaseEnd = new Date(now.getTime() + LOCK_MS);
  const onlyIds = ids ? Prisma.sql`AND "id" = ANY(${ids})` : Prisma.empty;
  return client.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}) ${onlyIds}
      ORDER BY "nextAttemptAt", "createdAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "EmailOutbox" AS e SET "lockedUntil" = ${leaseEnd}
    FROM due WHERE e."id" = due."id"
    RETURNING e."id", e."recipient", e."template", e."locale", e."data", e."attempts"`;
}

async function deliverRow(client: Db, transport: MailTransport, row: ClaimedRow, now: Date): Promise<"sent" | "retrying" | "failed"> {
  let providerId: string | null;
  try {
    const rendered = await renderStoredEmail(row.template, row.data, row.locale);
    ({ providerId } = await transport.deliver({ to: row.recipient, ...rendered, idempotencyKey: row.id }));
  } catch (error) {
    return recordFailure(client, row, error, now);
  }
  // Should this update fail, the lease expires and the retry reuses the idempotency key: no second delivery.
  await client.emailOutbox.updateMany({
    where: { id: row.id, status: EmailStatus.PENDING },
    data: {
      status: transport.name === "local" ? EmailStatus.DELIVERED_LOCALLY : EmailStatus.SENT,
      providerId,
      sentAt: new Date(),
      attempts: row.attempts + 1,
      lockedUntil: null,
      lastError: null,
    },
  });
  return "sent";
}

async function recordFailure(client: Db, row: ClaimedRow, error: unknown, now: Date): Promise<"retrying" | "failed"> {
  const attempts = row.attempts + 1;
  const failed = error instanceof EmailDataError || attempts >= MAX_ATTEMPTS;
  const message = redactSecrets(error instanceof Error ? error.message : String(error)).slice(0, 1000);
  console.warn(`[mail] outbox row ${row.id} (${row.template}) attempt ${attempts} failed${failed ? ", giving up" : ""}: ${message}`);
  await client.emailOutbox.updateMany({
    where: { id: row.id, status: EmailStatus.PENDING },
    data: {
      attempts,
      lastError: message,
      lockedUntil: null,
      ...(failed ? { status: EmailStatus.FAILED } : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }),
    },
  });
  return failed ? "failed" : "retrying";
}

/** Exponential backoff after the n-th failed attempt: 10 s, 20 s, 40 s ... capped at 1 h, with ±10 % jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BASE_DELAY_MS * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);
  return Math.round(base * (0.9 + 0.2 * random()));
}
