// A local stand-in for the Resend API (POST /emails) for tests: records messages, honours Idempotency-Key, can fail.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string | null;
  headers: Record<string, string>;
};

export type FakeResend = {
  /** Base URL for RESEND_BASE_URL, e.g. http://127.0.0.1:54321 */
  url: string;
  /** Accepted messages, in order; a replay with the same Idempotency-Key is not recorded again. */
  messages: ReceivedEmail[];
  /** How many POST /emails requests arrived, replays and failures included. */
  requests: () => number;
  /** The next `n` requests answer 500. */
  failNext(n: number): void;
  /** While down, every request answers 500. */
  setDown(down: boolean): void;
  waitFor(predicate: (m: ReceivedEmail) => boolean, timeoutMs?: number): Promise<ReceivedEmail>;
  reset(): void;
  close(): Promise<void>;
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const failure = (statusCode: number, name: string, message: string) => ({ statusCode, name, message });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeResend(): Promise<FakeResend> {
  const messages: ReceivedEmail[] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  let failures = 0;
  let down = false;
  let requests = 0;

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "POST" || req.url !== "/emails") return send(res, 404, failure(404, "not_found", "Route not found"));
      requests += 1;
      const body = await readBody(req);
      if (!req.headers.authorization?.startsWith("Bearer ")) return send(res, 401, failure(401, "missing_api_key", "Missing API key"));
      if (down || failures > 0) {
        failures = Math.max(0, failures - 1);
        return send(res, 500, failure(500, "internal_server_error", "The fake Resend is failing on purpose"));
      }
      const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
      const seen = key ? byKey.get(key) : undefined;
      if (seen && seen.body !== body) return send(res, 409, failure(409, "invalid_idempotent_request", "Same key, other payload"));
      if (seen) return send(res, 200, { id: seen.id });
      const payload = JSON.parse(body) as { from: string; to: string | string[]; subject: string; html?: string; text?: string };
      const id = randomUUID();
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      messages.push({
        id,
        from: payload.from,
        to: Array.isArray(payload.to) ? payload.to : [payload.to],
        subject: payload.subject,
        html: payload.html ?? "",
        text: payload.text ?? "",
        idempotencyKey: key,
        headers,
      });
      if (key) byKey.set(key, { id, body });
      send(res, 200, { id });
    })().catch((error: unknown) => send(res, 400, failure(400, "validation_error", String(error))));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    requests: () => requests,
    failNext(n) {
      failures = n;
    },
    setDown(value) {
      down = value;
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`fake Resend: no matching message within ${timeoutMs} ms (got ${messages.length})`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    reset() {
      messages.length = 0;
      byKey.clear();
      failures = 0;
      down = false;
      requests = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
