// Admits at most `limit` requests into the app at once and queues the rest in arrival order. Under load the server
// then finishes a few renders quickly instead of interleaving dozens for seconds each, which keeps every render's
// memory short-lived (a bounded heap) without serving fewer requests. A queue longer than `maxQueue` is refused (503).
// A queued request runs in the async context it arrived in, not in that of the response whose end let it in: otherwise
// each request's context descends from the previous one's, and Next.js's per-request AsyncLocalStorage snapshots of it
// chained finished requests together (seen in heap snapshots as chains of hundreds).
import { AsyncResource } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | void;
type Job = { req: IncomingMessage; res: ServerResponse; admitted: boolean; arrival: AsyncResource };

export type RequestGate = {
  (req: IncomingMessage, res: ServerResponse): void;
  readonly active: number;
  readonly queued: number;
};

export function requestGate(handler: Handler, opts: { limit: number; maxQueue: number; onError?: (error: unknown) => void }): RequestGate {
  let active = 0;
  const queue: Job[] = [];

  function admitWaiting(): void {
    while (active < opts.limit && queue.length > 0) {
      const job = queue.shift()!;
      if (job.res.destroyed) continue;
      active += 1;
      job.admitted = true;
      job.arrival.runInAsyncScope(() =>
        Promise.resolve()
          .then(() => handler(job.req, job.res))
          .catch((error: unknown) => {
            opts.onError?.(error);
            if (!job.res.headersSent) job.res.writeHead(500).end();
            else job.res.destroy();
          }),
      );
    }
  }

  const gate = (req: IncomingMessage, res: ServerResponse): void => {
    if (queue.length >= opts.maxQueue) {
      res.writeHead(503, { "retry-after": "1", "content-type": "text/plain; charset=utf-8" }).end("Server busy, retry shortly.\n");
      return;
    }
    const job: Job = { req, res, admitted: false, arrival: new AsyncResource("QueuedRequest") };
    // "close" follows the end of every response, and an aborted request: either way the place is given back.
    res.once("close", () => {
      if (job.admitted) active -= 1;
      else if (queue.includes(job)) queue.splice(queue.indexOf(job), 1);
      admitWaiting();
    });
    queue.push(job);
    admitWaiting();
  };
  return Object.defineProperties(gate, {
    active: { get: () => active },
    queued: { get: () => queue.length },
  }) as RequestGate;
}
