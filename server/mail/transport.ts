// Mail transports: Resend (real SDK; RESEND_BASE_URL is read by the SDK) or local (kept in the outbox for admins).
import { Resend } from "resend";
import { env } from "@/server/env";

export type OutgoingMail = { to: string; subject: string; html: string; text: string; idempotencyKey: string };

export type MailTransport = {
  name: "resend" | "local";
  deliver(msg: OutgoingMail): Promise<{ providerId: string | null }>;
};

/** A delivery that did not go through; the message never contains the API key. */
export class MailDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailDeliveryError";
  }
}

type ResendOptions = { from?: string; baseUrl?: string; timeoutMs?: number };

/**
 * Sends through Resend. The SDK reads RESEND_BASE_URL when the client is constructed (here), so a test
 * server can stand in for the API. `{ error }` responses throw; the idempotency key makes retries safe.
 */
export function resendTransport(apiKey: string, opts: ResendOptions = {}): MailTransport {
  const resend = new Resend(apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined);
  const from = opts.from ?? env().MAIL_FROM;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  return {
    name: "resend",
    async deliver(msg) {
      const { data, error } = await resend.emails.send(
        { from, to: msg.to, subject: msg.subject, html: msg.html, text: msg.text },
        { idempotencyKey: msg.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) {
        const status = error.statusCode ?? "no response";
        throw new MailDeliveryError(redactSecrets(`Resend ${status} ${error.name}: ${error.message}`, apiKey));
      }
      return { providerId: data?.id ?? null };
    },
  };
}

export type LocalTransport = MailTransport & { readonly messages: OutgoingMail[] };

/** Keeps messages in the outbox (marked DELIVERED_LOCALLY, shown at /office/outbox); remembers the last 100. */
export function localTransport(): LocalTransport {
  const messages: OutgoingMail[] = [];
  return {
    name: "local",
    messages,
    async deliver(msg) {
      messages.push(msg);
      if (messages.length > 100) messages.shift();
      return { providerId: null };
    },
  };
}

let memo: { apiKey: string | undefined; transport: MailTransport } | undefined;

/** Resend when RESEND_API_KEY is set, the local transport otherwise (one instance per key). */
export function defaultTransport(): MailTransport {
  const { RESEND_API_KEY: apiKey, MAIL_FROM: from } = env();
  if (!memo || memo.apiKey !== apiKey) {
    memo = { apiKey, transport: apiKey ? resendTransport(apiKey, { from }) : localTransport() };
  }
  return memo.transport;
}

/** Removes the API key and anything shaped like a Resend key from a message meant for logs or the database. */
export function redactSecrets(message: string, apiKey?: string): string {
  const withoutKey = apiKey ? message.split(apiKey).join("[redacted]") : message;
  return withoutKey.replace(/\bre_[A-Za-z0-9_-]{4,}/g, "re_[redacted]");
}
