// The soak's own processes: an embedded PostgreSQL in a temp dir (restartable on its port) and production server instances.
import { freePort, stopChild, waitForHttp } from "@/scripts/lib/child-server";
import { productionServerCommand } from "@/scripts/lib/production-server";
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { chmod, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/server/db/embedded";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const DIST_DIR = ".next-soak";
export const AUTH_SECRET = "soak-auth-secret-0123456789abcdef0123456789";
export const CREDENTIALS_KEY = Buffer.alloc(32, 9).toString("base64");

const cleanups: Array<() => Promise<void>> = [];

/** Registers something to undo at the end (or on Ctrl-C); runs in reverse order. */
export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

export async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    await fn().catch((error: unknown) => console.warn(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
  }
}

export type SoakCluster = {
  workDir: string;
  port: number;
  url(database: string): string;
  stop(): Promise<void>;
  start(): Promise<void>;
  running(): boolean;
};

/** A durable (fsync on) embedded PostgreSQL in a fresh temp dir; stop()/start() keep its data and port. */
export async function startCluster(): Promise<SoakCluster> {
  const workDir = await mkdtemp(path.join(tmpdir(), "onboarding-soak-"));
  await chmod(workDir, 0o755);
  const dataDir = path.join(workDir, "pg");
  let server: EmbeddedServer | null = null;
  onCleanup(async () => {
    await server?.stop();
    server = null;
    if (process.env.SOAK_KEEP_LOGS === "1") await cp(workDir, `${workDir}-logs`, { recursive: true, filter: (src) => !src.includes(`${path.sep}pg${path.sep}cluster`) });
    await rm(workDir, { recursive: true, force: true });
  });
  server = await startEmbeddedPostgres({ dataDir });
  const port = server.port;
  const url = server.connectionString.bind(server);
  const cluster: SoakCluster = {
    workDir,
    port,
    url,
    running: () => server !== null,
    async stop() {
      const current = server;
      server = null;
      await current?.stop();
    },
    async start() {
      if (!server) server = await startEmbeddedPostgres({ dataDir, port });
    },
  };
  return cluster;
}

export type AppInstance = { name: string; baseUrl: string; logFile: string; stop(): Promise<void>; exited(): boolean };

/** The production server (as `npm start` runs it) of the soak build on a free port against `databaseUrl`; its output goes to a log in the work dir. */
export async function startInstance(name: string, workDir: string, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<AppInstance> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const logFile = path.join(workDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    AUTH_TRUST_HOST: "true",
    AUTH_URL: baseUrl,
    APP_URL: baseUrl,
    CREDENTIALS_KEY,
    CREDENTIALS_KEY_ID: "soak",
    ...extraEnv,
  };
  if (!extraEnv.RESEND_API_KEY) {
    delete env.RESEND_API_KEY;
    delete env.RESEND_BASE_URL;
  }
  const server = productionServerCommand({ port, hostname: "localhost" }, env);
  const child = spawn(server.command, server.args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= stopChild(child));
  onCleanup(stop);
  await waitForHttp(`${baseUrl}/sign-in`, child, { timeoutMs: 90_000, logFile });
  return { name, baseUrl, logFile, stop, exited: () => child.exitCode !== null };
}
