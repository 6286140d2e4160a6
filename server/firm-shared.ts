// A value every staff member of a firm shares for a while, per process: computed once per firm and period, never
// cached when read inside a transaction, dropped when the computation fails or this process changed what it counts.
import { db, type Tx } from "@/server/db";

export type FirmShared<T> = { get(tx: Tx, firmId: string, now: number): Promise<T>; forget(firmId: string): void };

type Entry<T> = { at: number; value: Promise<T>; settled: boolean; refreshing: boolean };

/**
 * Fresh for `ttlMs`. With `staleMs`, for that long after the value stops being fresh it is still served while one
 * call recomputes it in the background, so no call waits for a slow recount under steady use; older than that, a
 * call computes it and waits.
 */
export function firmShared<T>(ttlMs: number, compute: (tx: Tx, firmId: string, now: number) => Promise<T>, opts: { staleMs?: number } = {}): FirmShared<T> {
  const staleMs = opts.staleMs ?? 0;
  const entries = new Map<string, Entry<T>>();

  const start = (firmId: string, now: number): Promise<T> => {
    const entry: Entry<T> = { at: now, value: compute(db, firmId, now), settled: false, refreshing: false };
    entries.set(firmId, entry);
    entry.value.then(
      () => (entry.settled = true),
      () => entries.get(firmId) === entry && entries.delete(firmId),
    );
    return entry.value;
  };

  /** Replaces `stale` once the recount succeeds, unless it was forgotten or replaced meanwhile; a failure keeps it. */
  const refresh = (firmId: string, stale: Entry<T>, now: number) => {
    stale.refreshing = true;
    const value = compute(db, firmId, now);
    value.then(
      () => entries.get(firmId) === stale && entries.set(firmId, { at: now, value, settled: true, refreshing: false }),
      () => (stale.refreshing = false),
    );
  };

  return {
    get(tx, firmId, now) {
      if (tx !== db) return compute(tx, firmId, now);
      const entry = entries.get(firmId);
      const age = entry ? now - entry.at : Number.POSITIVE_INFINITY;
      if (!entry || age >= ttlMs + staleMs || (age >= ttlMs && !entry.settled)) return start(firmId, now);
      if (age >= ttlMs && !entry.refreshing) refresh(firmId, entry, now);
      return entry.value;
    },
    forget: (firmId) => entries.delete(firmId),
  };
}
