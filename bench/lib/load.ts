// One load measurement with autocannon: 32 connections, sessions taken in turn, exact percentiles from every response time.
import autocannon from "autocannon";

export type Session = { cookie: string; clientId?: string };
export type Target = {
  name: string;
  /** The path to request; may depend on the session (e.g. its client). */
  path: (session: Session | null) => string;
  /** Which signed-in sessions drive it (none: signed out). */
  sessions: Session[] | null;
  /** A yardstick the targets are set against (the static file, the calibration page), not a target itself. */
  reference?: boolean;
};
export type LoadResult = { name: string; reference: boolean; rps: number; p50: number; p95: number; p99: number; requests: number; non2xx: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function run(baseUrl: string, target: Target, seconds: number, connections: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  let turn = 0;
  const sessions = target.sessions;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [
          {
            method: "GET",
            setupRequest: (request) => {
              const session = sessions ? sessions[turn++ % sessions.length]! : null;
              return { ...request, path: target.path(session), headers: { ...request.headers, ...(session ? { cookie: session.cookie } : {}) } };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency) instance.on("response", (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/** Warms the target up, then measures it for `seconds`. */
export async function measure(baseUrl: string, target: Target, opts: { seconds: number; warmup: number; connections: number }): Promise<LoadResult> {
  await run(baseUrl, target, opts.warmup, opts.connections);
  const latencies: number[] = [];
  const result = await run(baseUrl, target, opts.seconds, opts.connections, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    reference: target.reference ?? false,
    rps: result.requests.total / opts.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
