// Where benchmark data lives: the embedded server in bench/tmp/pg (or BENCH_DATABASE_URL), one seeded template database per size.
import { fileURLToPath } from "node:url";
import { createDatabase, createRussianDatabase, dropDatabase, withClient, withDatabase } from "@/server/db/admin";
import { startEmbeddedPostgres } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrate";
import { createPrismaClient } from "@/server/db";
import { seed } from "@/prisma/seed";
import { seedScale } from "./seed-scale";

export const BENCH_PG_DIR = fileURLToPath(new URL("../tmp/pg", import.meta.url));
/** Bumped whenever the generated data changes, so stale templates are rebuilt. */
const SEED_VERSION = "bench-seed-v3";

/** Key the seed encrypts the demo cloud password with; the benchmark server gets the same. */
export const BENCH_SECRETS = {
  AUTH_SECRET: "bench-auth-secret-0123456789abcdef0123456789",
  CREDENTIALS_KEY: Buffer.alloc(32, 9).toString("base64"),
  CREDENTIALS_KEY_ID: "bench",
};

export type BenchServer = { adminUrl: string; url(database: string): string; stop(): Promise<void> };

/** BENCH_DATABASE_URL's server (any database on it, used for admin), or the embedded one in bench/tmp/pg. */
export async function openBenchServer(): Promise<BenchServer> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { adminUrl: external, url: (name) => withDatabase(external, name), stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: BENCH_PG_DIR, throwaway: true, reuseRunning: true });
  return { adminUrl: server.connectionString("postgres"), url: (name) => server.connectionString(name), stop: () => server.stop() };
}

/** Migrates and seeds the demo data (idempotent), then adds `clients` benchmark clients. */
export async function fillDatabase(url: string, clients: number, log: (line: string) => void = console.log): Promise<Record<string, number>> {
  process.env.CREDENTIALS_KEY ??= BENCH_SECRETS.CREDENTIALS_KEY;
  process.env.CREDENTIALS_KEY_ID ??= BENCH_SECRETS.CREDENTIALS_KEY_ID;
  await applyMigrations(url);
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
  return seedScale(url, clients, log);
}

async function seededVersion(adminUrl: string, name: string): Promise<string | null> {
  return withClient(adminUrl, async (client) => {
    const row = await client.query<{ comment: string | null }>("SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1", [name]);
    return row.rows[0]?.comment ?? null;
  });
}

/** The template database `bench_seed_<N>`: reused when complete and current, otherwise (re)built. */
export async function ensureTemplate(server: BenchServer, clients: number, log: (line: string) => void = console.log): Promise<string> {
  const name = `bench_seed_${clients}`;
  const marker = `${SEED_VERSION}:${clients}`;
  if ((await seededVersion(server.adminUrl, name)) === marker) {
    // Data still current: only the migrations added since it was seeded (e.g. new indexes) are applied.
    const { applied } = await applyMigrations(server.url(name), { log });
    if (applied.length > 0) await withClient(server.url(name), (client) => client.query("ANALYZE"));
    return name;
  }
  await dropDatabase(server.adminUrl, name);
  await createRussianDatabase(server.adminUrl, name);
  const started = Date.now();
  log(`Seeding ${clients} clients into ${name}...`);
  await fillDatabase(server.url(name), clients, log);
  await withClient(server.adminUrl, (client) => client.query(`COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(marker)}`));
  log(`Seeded ${clients} clients in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return name;
}

/** A fresh copy of the template for one run (the run's sign-ins and outbox rows never touch the template). */
export async function freshCopy(server: BenchServer, template: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${template.replace("bench_seed_", "bench_run_")}`;
  await dropDatabase(server.adminUrl, name);
  await createDatabase(server.adminUrl, name, template);
  return { url: server.url(name), drop: () => dropDatabase(server.adminUrl, name) };
}
