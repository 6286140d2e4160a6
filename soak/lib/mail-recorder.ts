// A recording proxy in front of the fake Resend: remembers each POST's idempotency key and the answer's status.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export type MailAttempt = { key: string | null; status: number; at: number };
export type MailRecorder = { url: string; attempts: MailAttempt[]; close(): Promise<void> };

export async function startMailRecorder(targetUrl: string): Promise<MailRecorder> {
  const target = new URL(targetUrl);
  const attempts: MailAttempt[] = [];
  const server = createServer((req, res) => {
    const upstream = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const key = req.headers["idempotency-key"];
        attempts.push({ key: typeof key === "string" ? key : null, status: answer.statusCode ?? 0, at: Date.now() });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
