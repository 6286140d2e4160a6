// Starts the built app (the production server, as `npm start` runs it) on a fresh, migrated and seeded database, with a fake Resend server.
import { productionServerCommand } from "@/scripts/lib/production-server";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import net from "node:net";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/server/db/embedded";
import { createDatabase, createRussianDatabase, dropDatabase, uniqueDatabaseName, withDatabase } from "@/server/db/admin";
import { applyMigrations } from "@/server/db/migrate";
import { createPrismaClient } from "@/server/db";
import { seed } from "@/prisma/seed";
import { startFakeResend, type FakeResend } from "@/tests/support/fake-resend";

export type RunningApp = { baseUrl: string; databaseUrl: string; resend: FakeResend; stop(): Promise<void> };

const root = path.resolve(import.meta.dirname, "../../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

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
    child.kill("SIGTERM");
    await resend.close();
    await database.stop();
    throw error;
  }
  return {
    baseUrl,
    databaseUrl: database.url,
    resend,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await resend.close();
      await database.stop();
    },
  };
}
