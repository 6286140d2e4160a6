// Deletes rate-limit windows that have ended, so the table holds only current counts (started once per server process).
import { pruneRateLimits } from "./rate-limit";
import { RATE_RULES } from "./rules";

/** The longest window of any rule: a window that started longer ago than this counts for nothing. */
export function longestWindowMs(): number {
  return Math.max(...Object.values(RATE_RULES).map((rule) => rule.windowMs));
}

/** Removes every window that ended before `now`; returns how many. */
export function pruneEndedRateLimits(now = new Date(), client?: Parameters<typeof pruneRateLimits>[1]): Promise<number> {
  return pruneRateLimits(new Date(now.getTime() - longestWindowMs()), client);
}

const globalForPruning = globalThis as typeof globalThis & { __rateLimitPruning?: NodeJS.Timeout };

/** Prunes every `intervalMs` (default: the longest window); errors are logged and the next round tries again. */
export function ensureRateLimitPruning(intervalMs = longestWindowMs()): void {
  globalForPruning.__rateLimitPruning ??= setInterval(() => {
    pruneEndedRateLimits().catch((error: unknown) => console.error("Pruning rate limits failed:", error instanceof Error ? error.message : error));
  }, intervalMs).unref();
}
