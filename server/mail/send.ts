// send(): enqueue an email and deliver it now, or right after the caller's transaction; plus the polling worker.
import { db, type Db, type Tx } from "@/server/db";
import { EmailStatus } from "@/server/generated/prisma/client";
import { deliverPending, enqueueEmail, type DeliverOptions, type DeliverResult, type EmailInput } from "@/server/mail/outbox";
import type { MailTransport } from "@/server/mail/transport";

export type SendOptions = { transport?: MailTransport; client?: Db | Tx };
export type SendResult = { id: string; created: boolean; status: EmailStatus };

/** A transaction client has no $disconnect (it does have $transaction in Prisma 7: savepoints). */
function isFullClient(client: Db | Tx): client is Db {
  return typeof Reflect.get(client, "$disconnect") === "function";
}

/**
 * Writes the outbox row; outside a transaction it also tries to deliver that row at once (a failure stays in
 * the row for the worker to retry, never thrown). With a `tx`, the row commits with the caller's change and
 * the caller calls `deliverSoon()` after the commit.
 */
export async function sendEmail(input: EmailInput, opts: SendOptions = {}): Promise<SendResult> {
  const client = opts.client ?? db;
  const { id, created } = await enqueueEmail(input, client);
  if (!isFullClient(client)) return { id, created, status: EmailStatus.PENDING };
  try {
    await deliverPending({ transport: opts.transport, client, ids: [id], limit: 1 });
  } catch (error) {
    console.warn(`[mail] immediate delivery of outbox row ${id} did not run: ${errorMessage(error)}`);
  }
  const row = await client.emailOutbox.findUnique({ where: { id }, select: { status: true } }).catch(() => null);
  return { id, created, status: row?.status ?? EmailStatus.PENDING };
}

/** Starts a delivery pass in the background (after a commit); never rejects, so it can be left unawaited. */
export function deliverSoon(opts: DeliverOptions = {}): Promise<DeliverResult | null> {
  return new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => deliverPending(opts))
    .catch((error: unknown) => {
      console.warn(`[mail] background delivery failed: ${errorMessage(error)}`);
      return null;
    });
}

export type MailWorker = { stop(): void };

/** Polls the outbox every `intervalMs`; one pass at a time, draining full batches; the timer never keeps the process alive. */
export function startMailWorker({ intervalMs = 10_000, ...opts }: { intervalMs?: number } & DeliverOptions = {}): MailWorker {
  let busy = false;
  let lastError = "";
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const limit = opts.limit ?? 20;
      let result: DeliverResult;
      do result = await deliverPending({ ...opts, limit });
      while (result.claimed === limit);
      lastError = "";
    } catch (error) {
      const message = errorMessage(error);
      if (message !== lastError) console.error(`[mail] worker pass failed: ${message}`);
      lastError = message;
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}

const globalForMail = globalThis as typeof globalThis & { __mailWorker?: MailWorker };

/** Starts the worker once per server process (instrumentation.ts calls this; hot reloads do not add more). */
export function ensureMailWorker(intervalMs = 10_000): MailWorker {
  globalForMail.__mailWorker ??= startMailWorker({ intervalMs });
  return globalForMail.__mailWorker;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
