// Fixed-window rate limits kept in the RateLimit table, so every app instance counts against the same window.
import { db, type Db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";

export type RateRule = { limit: number; windowMs: number };
export type RateHit = { allowed: boolean; count: number; resetAt: Date };

/**
 * Counts one hit of `key` in the current window with one upsert (INSERT ... ON CONFLICT ... DO UPDATE ...
 * RETURNING count): atomic across instances; a new window restarts the count at 1.
 */
export async function hitRateLimit(key: string, rule: RateRule, opts: { client?: Db | Tx; now?: Date } = {}): Promise<RateHit> {
  const client = opts.client ?? db;
  const now = opts.now ?? new Date();
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" >= EXCLUDED."windowStart" THEN "RateLimit"."count" + 1 ELSE 1 END,
      "windowStart" = GREATEST("RateLimit"."windowStart", EXCLUDED."windowStart")
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  return { allowed: count <= rule.limit, count, resetAt: new Date(windowStart.getTime() + rule.windowMs) };
}

/** Counts a hit on every key; throws TOO_MANY_REQUESTS (with `messageKey`) when any of them is over its limit. */
export async function enforceRateLimits(
  hits: Array<[key: string, rule: RateRule] | null>,
  messageKey: string,
  opts: { client?: Db | Tx; now?: Date } = {},
): Promise<void> {
  for (const hit of hits) {
    if (!hit) continue;
    const result = await hitRateLimit(hit[0], hit[1], opts);
    if (!result.allowed) {
      throw new AppError("TOO_MANY_REQUESTS", messageKey, { message: "rate limit exceeded", details: { retryAt: result.resetAt.toISOString() } });
    }
  }
}

/** The current window's count of `key` without counting a hit (0 when the window has none yet). */
export async function peekRateLimit(key: string, rule: RateRule, opts: { client?: Db | Tx; now?: Date } = {}): Promise<RateHit> {
  const client = opts.client ?? db;
  const now = opts.now ?? new Date();
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const row = await client.rateLimit.findUnique({ where: { key }, select: { count: true, windowStart: true } });
  const count = row && row.windowStart.getTime() === windowStart.getTime() ? row.count : 0;
  return { allowed: count < rule.limit, count, resetAt: new Date(windowStart.getTime() + rule.windowMs) };
}

/**
 * Gives back one hit of `key` in the window it was counted in (e.g. a sign-in that succeeded), so only failures
 * use up the limit; the hit itself stays atomic, so concurrent attempts can never exceed it.
 */
export async function refundRateLimit(key: string, rule: RateRule, opts: { client?: Db | Tx; now?: Date } = {}): Promise<void> {
  const client = opts.client ?? db;
  const now = opts.now ?? new Date();
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  await client.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key} AND "windowStart" = ${windowStart}`;
}

/**
 * The caller's address. With TRUST_PROXY=N (N reverse proxies in front of the app that append to X-Forwarded-For),
 * the N-th entry from the right: entries a client forges sit further left. Without it, the rightmost entry, which
 * `next start` fills in from the connection when the request has none (a client talking to the app directly can
 * forge it; per-e-mail and per-person limits still hold). x-real-ip is read only behind a trusted proxy.
 */
export function clientIp(headers: Headers, trustProxy = Number(process.env.TRUST_PROXY ?? 0) || 0): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const hops = Math.max(1, Math.floor(trustProxy));
  const forwarded = entries[Math.max(0, entries.length - hops)];
  const ip = forwarded || (trustProxy > 0 ? headers.get("x-real-ip")?.trim() : undefined);
  return ip ? ip.slice(0, 64) : null;
}

/** Deletes counters whose window ended long ago (housekeeping; safe to run from any instance). */
export async function pruneRateLimits(olderThan: Date, client: Db = db): Promise<number> {
  const { count } = await client.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
