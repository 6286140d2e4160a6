// The one database access path: Prisma 7 with the pg driver adapter on DATABASE_URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";

export type Db = PrismaClient;
/** A Prisma transaction client, accepted by services as `tx`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Database round trips counted from Prisma's query events when PRISMA_QUERY_COUNT=1 (the benchmark's measuring pass). */
type QueryCounter = { enabled: boolean; queries: number; durationMs: number; statements: string[] };
const globalForCounter = globalThis as { __queryCounter?: QueryCounter };
export const queryCounter: QueryCounter = (globalForCounter.__queryCounter ??= {
  enabled: process.env.PRISMA_QUERY_COUNT === "1",
  queries: 0,
  durationMs: 0,
  statements: [],
});

/**
 * Under load a transaction can wait for a pooled connection longer than Prisma's defaults (2 s to start, 5 s to
 * run) and would fail with a 500: it waits in the queue instead (override with DATABASE_TX_MAX_WAIT_MS / _TIMEOUT_MS).
 */
const transactionOptions = {
  maxWait: Number(process.env.DATABASE_TX_MAX_WAIT_MS ?? 60_000),
  timeout: Number(process.env.DATABASE_TX_TIMEOUT_MS ?? 30_000),
};

/**
 * Session settings of every connection. JIT off: PostgreSQL compiles a statement whose estimated cost passes
 * jit_above_cost, and the scope checks of a group member's dashboard are estimated high enough at 100,000 clients to
 * spend 1.3 s compiling for a 0.7 s statement, on every call; the app's statements are short, JIT never pays here.
 */
export const SESSION_OPTIONS = "-c jit=off";

export function createPrismaClient(connectionString: string, opts: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: opts.max ?? 10, options: SESSION_OPTIONS });
  if (!queryCounter.enabled) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => {
    queryCounter.queries += 1;
    queryCounter.durationMs += event.duration;
    if (queryCounter.statements.length < 50) queryCounter.statements.push(`${Math.round(event.duration)} ms: ${event.query.slice(0, 300)}`);
  });
  return client;
}

const globalForDb = globalThis as unknown as { __db?: PrismaClient };

function instance(): PrismaClient {
  if (!globalForDb.__db) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForDb.__db = createPrismaClient(url);
  }
  return globalForDb.__db;
}

/** Lazily connected client: importing this module never opens a connection. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the pool (tests and scripts call this before dropping their database). */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.__db;
  globalForDb.__db = undefined;
  await client?.$disconnect();
}
