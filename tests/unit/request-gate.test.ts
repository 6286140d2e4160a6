// The production server's request gate over real HTTP: a bounded number of requests inside, the rest served in order,
// aborted waiting requests dropped, a full queue refused with 503, each request run in the async context it arrived in.
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { requestGate, type RequestGate } from "@/scripts/lib/request-gate";

type Pending = { path: string; finish: () => void };

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server whose handler holds each request until the test finishes it. */
async function gatedServer(limit: number, maxQueue: number) {
  const inside: Pending[] = [];
  let peak = 0;
  const gate: RequestGate = requestGate(
    (req, res) =>
      new Promise<void>((resolve) => {
        inside.push({ path: req.url ?? "", finish: () => (res.end(req.url), resolve()) });
        peak = Math.max(peak, gate.active);
      }),
    { limit, maxQueue },
  );
  server = createServer(gate);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { gate, inside, base, peak: () => peak };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe("request gate", () => {
  it("lets `limit` requests in at once and the others in arrival order", async () => {
    const { gate, inside, base, peak } = await gatedServer(2, 100);
    const responses = ["/1", "/2", "/3", "/4", "/5"].map((path) => fetch(base + path).then((r) => r.text()));
    await until(() => inside.length === 2 && gate.queued === 3);
    const order: string[] = [];
    while (order.length < 5) {
      await until(() => inside.length > 0);
      const next = inside.shift()!;
      order.push(next.path);
      next.finish();
    }
    expect(await Promise.all(responses)).toEqual(["/1", "/2", "/3", "/4", "/5"]);
    expect(order).toEqual(["/1", "/2", "/3", "/4", "/5"]);
    expect(peak()).toBe(2);
    await until(() => gate.active === 0 && gate.queued === 0);
  });

  it("runs a queued request in the async context it arrived in, not in that of the request it waited for", async () => {
    const arrival = new AsyncLocalStorage<string>();
    const seen: Array<[path: string, context: string | undefined]> = [];
    const gate = requestGate(
      (req, res) =>
        new Promise<void>((resolve) => {
          seen.push([req.url ?? "", arrival.getStore()]);
          setTimeout(() => (res.end(req.url), resolve()), 5);
        }),
      { limit: 1, maxQueue: 100 },
    );
    server = createServer((req, res) => arrival.run(`arrived ${req.url}`, () => gate(req, res)));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await Promise.all(["/a", "/b", "/c"].map((path) => fetch(base + path).then((r) => r.text())));
    expect(seen.sort()).toEqual([
      ["/a", "arrived /a"],
      ["/b", "arrived /b"],
      ["/c", "arrived /c"],
    ]);
  });

  it("drops a waiting request whose client went away", async () => {
    const { gate, inside, base } = await gatedServer(1, 100);
    const first = fetch(base + "/first").then((r) => r.text());
    await until(() => inside.length === 1);
    const abort = new AbortController();
    const gone = fetch(base + "/gone", { signal: abort.signal }).catch(() => "aborted");
    await until(() => gate.queued === 1);
    abort.abort();
    await until(() => gate.queued === 0);
    inside.shift()!.finish();
    expect(await first).toBe("/first");
    expect(await gone).toBe("aborted");
    const after = fetch(base + "/after").then((r) => r.text());
    await until(() => inside.length === 1);
    expect(inside[0]!.path).toBe("/after");
    inside.shift()!.finish();
    expect(await after).toBe("/after");
  });

  it("refuses with 503 when the queue is full", async () => {
    const { inside, base } = await gatedServer(1, 1);
    const held = fetch(base + "/held");
    const waiting = fetch(base + "/waiting");
    await until(() => inside.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    const refused = await fetch(base + "/refused");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    inside.shift()!.finish();
    await until(() => inside.length === 1);
    inside.shift()!.finish();
    expect((await held).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });
});
