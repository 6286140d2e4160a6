// Starts the built app (the production server, as `npm start` runs it) on a fresh, migrated and seeded database, with a fake Resend server.
import { freePort, stopChild, waitForHttp } from "@/scripts/lib/child-server";
import { productionServerCommand } from "@/scripts/lib/production-server";
import { spawn } from "node:child_process";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/server/db/embedded";
import { createDatabase, createRussianDatabase, dropDatabase, uniqueDatabaseName, withDatabase } from "@/server/db/admin";
import { applyMigrations } from "@/server/db/migrate";
import { createPrismaClient } from "@/server/db";
import { seed } from "@/prisma/seed";
import { startFakeResend, type FakeResend } from "@/tests/support/fake-resend";

export type RunningApp = { baseUrl: string; databaseUrl: string; resend: FakeResend; stop(): Promise<void> };

const root = path.resolve(import.meta.dirname, "../../..");

async function startDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  const name = uniqueDatabaseName("e2e");
  if (external) {
    await createRussianDatabase(external, name);
    return { url: withDatabase(external, name), stop: () => dropDatabase(external, name) };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "onboarding-e2e-"));
  await chmod(dir, 0o755);
  const server: EmbeddedServer = await startEmbeddedPostgres({ dataDir: dir, throwaway: true });
  await createDatabase(server.connectionString("postgres"), name);
  return {
    url: server.connectionString(name),
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The key the app encrypts cloud passwords with; the seed (run in this process) must use the same one. */
const CREDENTIALS_KEY = Buffer.alloc(32, 7).toString("base64");
const E2E_AUTH_SECRET = "e2e-auth-secret-0123456789abcdef0123456789";

export async function startApp(): Promise<RunningApp> {
  process.env.CREDENTIALS_KEY = CREDENTIALS_KEY;
  process.env.CREDENTIALS_KEY_ID = "e2e";
  const database = await startDatabase();
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url, { max: 2 });
  await seed(db);
  await db.$disconnect();
  const resend = await startFakeResend();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  // Services called directly from a test (as staff "through procedures") deliver mail like the app does.
  Object.assign(process.env, { AUTH_SECRET: E2E_AUTH_SECRET, APP_URL: baseUrl, RESEND_API_KEY: "re_e2e_test", RESEND_BASE_URL: resend.url });
  const server = productionServerCommand({ port, hostname: "localhost" });
  const child = spawn(server.command, server.args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: E2E_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      AUTH_URL: baseUrl,
      APP_URL: baseUrl,
      CREDENTIALS_KEY,
      CREDENTIALS_KEY_ID: "e2e",
      RESEND_API_KEY: "re_e2e_test",
      RESEND_BASE_URL: resend.url,
    },
  });
  try {
    await waitForHttp(`${baseUrl}/sign-in`, child);
  } catch (error) {
    await stopChild(child);
    await resend.close();
    await database.stop();
    throw error;
  }
  return {
    baseUrl,
    databaseUrl: database.url,
    resend,
    async stop() {
      await stopChild(child);
      await resend.close();
      await database.stop();
    },
  };
}
