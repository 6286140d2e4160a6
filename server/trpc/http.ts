// The tRPC HTTP endpoint's handler, with its options in one place: batches are capped (the app's own client sends
// single calls), and internal errors are logged without their inputs.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./root";
import type { Context } from "./context";

/** Most calls one HTTP request may batch; more is a 400 before any procedure runs. */
export const MAX_BATCH_SIZE = 10;

export function trpcHttpHandler(req: Request, createContext: () => Promise<Context> | Context): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext,
    maxBatchSize: MAX_BATCH_SIZE,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause?.message ?? error.message);
    },
  });
}
