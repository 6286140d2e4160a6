// The production HTTP server: Next's request handler behind a request gate (APP_CONCURRENCY requests at once, default
// 8; APP_MAX_QUEUE waiting, default 1000, then 503). Static files bypass the gate. Run through productionServerCommand.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import next from "next";
import { detachAbortReasonStacks } from "./lib/abort-reason-stacks";
import { requestGate } from "./lib/request-gate";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } }, allowPositionals: false });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? "0.0.0.0";
const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Math.floor(Number(value)) : fallback);

detachAbortReasonStacks();
const app = next({ dev: false, hostname, port, dir: fileURLToPath(new URL("..", import.meta.url)) });
await app.prepare();
const handle = app.getRequestHandler();
const gate = requestGate((req, res) => handle(req, res), {
  limit: positive(process.env.APP_CONCURRENCY, 8),
  maxQueue: positive(process.env.APP_MAX_QUEUE, 1000),
  onError: (error) => console.error("Request failed:", error),
});

const server = createServer((req, res) => (req.url?.startsWith("/_next/static/") ? void handle(req, res) : gate(req, res)));
server.listen(port, hostname, () => console.log(`▲ Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
