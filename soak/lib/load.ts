// Closed-loop virtual users: each picks a weighted operation, runs it, records latency and outcome, and repeats.
import { HttpError } from "./http";

export type Op = { name: string; weight: number; write: boolean; run(): Promise<void> };
export type VirtualUser = { label: string; ops: Op[] };
export type Outcome = { op: string; write: boolean; start: number; end: number; ok: boolean; status: number | null; error?: string };

export type OpStats = { name: string; write: boolean; count: number; errors: number; p50: number; p95: number; p99: number };
export type LoadResult = { outcomes: Outcome[]; durationMs: number; requests: number; errors: number; rps: number; byOp: OpStats[]; errorSamples: string[] };

function pick(ops: Op[]): Op {
  const total = ops.reduce((sum, op) => sum + op.weight, 0);
  let roll = Math.random() * total;
  for (const op of ops) {
    roll -= op.weight;
    if (roll <= 0) return op;
  }
  return ops[ops.length - 1]!;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(outcomes: Outcome[], durationMs: number): LoadResult {
  const names = [...new Set(outcomes.map((o) => o.op))].sort();
  const byOp = names.map((name) => {
    const mine = outcomes.filter((o) => o.op === name);
    const times = mine.map((o) => o.end - o.start).sort((a, b) => a - b);
    return { name, write: mine[0]!.write, count: mine.length, errors: mine.filter((o) => !o.ok).length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  });
  const failures = outcomes.filter((o) => !o.ok);
  const samples = [...new Set(failures.map((o) => `${o.op}: ${o.error}`))].slice(0, 12);
  return { outcomes, durationMs, requests: outcomes.length, errors: failures.length, rps: outcomes.length / (durationMs / 1000), byOp, errorSamples: samples };
}

/** Runs every virtual user in a loop until `durationMs` has passed; in-flight operations are awaited. */
export async function runLoad(users: VirtualUser[], durationMs: number, onOutcome?: (o: Outcome) => void): Promise<LoadResult> {
  const outcomes: Outcome[] = [];
  const started = Date.now();
  const deadline = started + durationMs;
  const loop = async (user: VirtualUser) => {
    while (Date.now() < deadline) {
      const op = pick(user.ops);
      const start = Date.now();
      let outcome: Outcome;
      try {
        await op.run();
        outcome = { op: op.name, write: op.write, start, end: Date.now(), ok: true, status: null };
      } catch (error) {
        const status = error instanceof HttpError ? error.status : null;
        outcome = { op: op.name, write: op.write, start, end: Date.now(), ok: false, status, error: error instanceof Error ? error.message : String(error) };
      }
      outcomes.push(outcome);
      onOutcome?.(outcome);
    }
  };
  await Promise.all(users.map(loop));
  return summarize(outcomes, Date.now() - started);
}
