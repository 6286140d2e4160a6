// A value every staff member of a firm shares for a while, per process: computed once per firm and period, never
// cached when read inside a transaction, dropped when the computation fails or this process changed what it counts.
import { db, type Tx } from "@/server/db";

export type FirmShared<T> = { get(tx: Tx, firmId: string, now: number): Promise<T>; forget(firmId: string): void };

export function firmShared<T>(ttlMs: number, compute: (tx: Tx, firmId: string, now: number) => Promise<T>): FirmShared<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(tx, firmId, now) {
      const cached = entries.get(firmId);
      if (cached && now - cached.at < ttlMs && tx === db) return cached.value;
      const value = compute(tx, firmId, now);
      if (tx === db) {
        entries.set(firmId, { at: now, value });
        value.catch(() => entries.delete(firmId));
      }
      return value;
    },
    forget: (firmId) => entries.delete(firmId),
  };
}
