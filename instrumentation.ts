// Next.js startup hook: starts the mail outbox worker and the pruning of ended rate-limit windows once per Node.js
// server process (not on the edge, not at build).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { ensureMailWorker } = await import("@/server/mail/send");
  ensureMailWorker();
  const { ensureRateLimitPruning } = await import("@/server/rate-limit/housekeeping");
  ensureRateLimitPruning();
}
