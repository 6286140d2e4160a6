// The per-firm shared value: fresh for its TTL, then served stale while one background recount runs, then waited for.
import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/server/db";
import { firmShared } from "@/server/firm-shared";

const TTL = 1_000;

/** A computation whose calls are recorded and settled by the test. */
function controlled() {
  const calls: Array<{ now: number; resolve(value: string): void; reject(error: Error): void }> = [];
  const compute = (_tx: Tx, _firmId: string, now: number) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ now, resolve, reject });
    });
  return { calls, compute };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A shared value for firm "f" that holds "old", computed at time 0. */
async function holdingOld(opts?: { staleMs?: number }) {
  const { calls, compute } = controlled();
  const shared = firmShared(TTL, compute, opts);
  const first = shared.get(db, "f", 0);
  calls[0]!.resolve("old");
  await first;
  await settle();
  return { calls, shared };
}

describe("firmShared", () => {
  it("computes once per firm while fresh and keeps firms apart", async () => {
    const { calls, compute } = controlled();
    const shared = firmShared(TTL, compute, { staleMs: TTL });
    const first = shared.get(db, "f1", 0);
    const again = shared.get(db, "f1", TTL - 1);
    const other = shared.get(db, "f2", 10);
    expect(calls).toHaveLength(2);
    calls[0]!.resolve("one");
    calls[1]!.resolve("two");
    expect([await first, await again, await other]).toEqual(["one", "one", "two"]);
  });

  it("serves the old value at once when stale and recounts once in the background", async () => {
    const { calls, shared } = await holdingOld({ staleMs: TTL });

    expect(await shared.get(db, "f", TTL + 10)).toBe("old");
    expect(await shared.get(db, "f", TTL + 20)).toBe("old");
    expect(calls.map((call) => call.now)).toEqual([0, TTL + 10]);

    calls[1]!.resolve("new");
    await settle();
    expect(await shared.get(db, "f", TTL + 30)).toBe("new");
    expect(calls).toHaveLength(2);
  });

  it("waits for a new value once the old one is older than the stale window", async () => {
    const { calls, shared } = await holdingOld({ staleMs: TTL });

    const late = shared.get(db, "f", 2 * TTL);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve("new");
    expect(await late).toBe("new");
  });

  it("keeps the old value when a background recount fails, and tries again on a later call", async () => {
    const { calls, shared } = await holdingOld({ staleMs: TTL });

    expect(await shared.get(db, "f", TTL + 1)).toBe("old");
    calls[1]!.reject(new Error("database gone"));
    await settle();
    expect(await shared.get(db, "f", TTL + 2)).toBe("old");
    expect(calls).toHaveLength(3);
  });

  it("drops a recount that finishes after the firm's value was forgotten", async () => {
    const { calls, shared } = await holdingOld({ staleMs: TTL });

    await shared.get(db, "f", TTL + 1);
    shared.forget("f");
    calls[1]!.resolve("counted before the change");
    await settle();
    const after = shared.get(db, "f", TTL + 2);
    expect(calls).toHaveLength(3);
    calls[2]!.resolve("counted after the change");
    expect(await after).toBe("counted after the change");
  });

  it("without a stale window recomputes and waits once the value is older than its TTL", async () => {
    const { calls, shared } = await holdingOld();

    const next = shared.get(db, "f", TTL);
    calls[1]!.resolve("new");
    expect(await next).toBe("new");
  });

  it("never caches a read inside a transaction", async () => {
    const { calls, compute } = controlled();
    const shared = firmShared(TTL, compute, { staleMs: TTL });
    const tx = {} as Tx;
    const inTransaction = shared.get(tx, "f", 0);
    calls[0]!.resolve("in transaction");
    expect(await inTransaction).toBe("in transaction");
    const outside = shared.get(db, "f", 1);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve("outside");
    expect(await outside).toBe("outside");
  });
});
