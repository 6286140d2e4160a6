// Vitest global setup: one PostgreSQL for the run (TEST_DATABASE_URL's server, or an embedded one in a temp dir) and a migrated template database.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createRussianDatabase, dropDatabase, uniqueDatabaseName, withClient, withDatabase } from "@/server/db/admin";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrate";

export interface TestDatabase {
  /** Connection string of a database on the test server with the right to CREATE DATABASE. */
  adminUrl: string;
  /** Migrated database that each test file clones. */
  template: string;
  /** Prefix of every database this run creates (teardown drops leftovers on an external server). */
  prefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prefix = uniqueDatabaseName("t");
  let server: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "onboarding-test-pg-"));
    await chmod(tempDir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: tempDir, throwaway: true });
    adminUrl = server.connectionString("postgres");
  }
  const admin = adminUrl;
  const teardown = async () => {
    if (server) {
      await server.stop();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
      return;
    }
    const leftovers = await withClient(admin, async (client) => {
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
      return rows.map((row) => row.datname);
    });
    for (const name of leftovers) await dropDatabase(admin, name);
  };
  try {
    const template = `${prefix}_template`;
    if (!(await createRussianDatabase(admin, template))) {
      console.warn("The test server cannot create an ICU ru-RU database: tests of Russian sort order may fail.");
    }
    await applyMigrations(withDatabase(admin, template), { log: () => undefined });
    project.provide("testDatabase", { adminUrl: admin, template, prefix });
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }
  return teardown;
}
