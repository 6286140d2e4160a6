// `npm run dev` / `npm start`: database (embedded unless DATABASE_URL), migrations, seed, secrets, then `next dev` or the
// production server (scripts/serve.ts).
import { productionServerCommand } from "./lib/production-server";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assertReachable, withClient } from "@/server/db/admin";
import type { EmbeddedServer } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrate";

const root = fileURLToPath(new URL("..", import.meta.url));
const SECRETS_FILE = `${root}data/secrets.json`;

type Secrets = { AUTH_SECRET: string; CREDENTIALS_KEY: string; CREDENTIALS_KEY_ID: string };

/** Development secrets, generated once and kept in data/secrets.json (git-ignored). */
function localSecrets(): Secrets {
  const stored: Partial<Secrets> = existsSync(SECRETS_FILE) ? JSON.parse(readFileSync(SECRETS_FILE, "utf8")) : {};
  const secrets: Secrets = {
    AUTH_SECRET: stored.AUTH_SECRET || randomBytes(32).toString("base64"),
    CREDENTIALS_KEY: stored.CREDENTIALS_KEY || randomBytes(32).toString("base64"),
    CREDENTIALS_KEY_ID: stored.CREDENTIALS_KEY_ID || "k1",
  };
  if (stored.AUTH_SECRET !== secrets.AUTH_SECRET || stored.CREDENTIALS_KEY !== secrets.CREDENTIALS_KEY) {
    mkdirSync(`${root}data`, { recursive: true });
    writeFileSync(SECRETS_FILE, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    console.log("Generated development secrets in data/secrets.json");
  }
  return secrets;
}

/** Fills AUTH_SECRET / CREDENTIALS_KEY(+_ID) from data/secrets.json, or refuses in production with an external database. */
function loadSecrets(production: boolean, embedded: boolean): void {
  const missing = (["AUTH_SECRET", "CREDENTIALS_KEY"] as const).filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  if (production && !embedded) {
    throw new Error(`Refusing to start in production without ${missing.join(" and ")}: set ${missing.length > 1 ? "them" : "it"} in the environment.`);
  }
  const secrets = localSecrets();
  process.env.AUTH_SECRET ||= secrets.AUTH_SECRET;
  if (!process.env.CREDENTIALS_KEY) {
    process.env.CREDENTIALS_KEY = secrets.CREDENTIALS_KEY;
    process.env.CREDENTIALS_KEY_ID = secrets.CREDENTIALS_KEY_ID;
  }
}

/** The address `npm start` listens on: `-H`/`--hostname` among the extra arguments, else every interface. */
function hostnameOf(args: string[]): string {
  const index = args.findIndex((arg) => arg === "-H" || arg === "--hostname");
  return (index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith("--hostname="))?.slice("--hostname=".length)) ?? "0.0.0.0";
}

/** The port Next will listen on: `-p`/`--port` among the extra arguments, else PORT, else 3000. */
function portOf(args: string[]): string {
  const index = args.findIndex((arg) => arg === "-p" || arg === "--port");
  const inline = args.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
  return (index >= 0 ? args[index + 1] : inline) ?? process.env.PORT ?? "3000";
}

async function seedIfEmpty(url: string): Promise<void> {
  const hasFirm = await withClient(url, async (client) => (await client.query('SELECT 1 FROM "Firm" LIMIT 1')).rowCount);
  if (hasFirm) return;
  console.log("Empty database: seeding the demo data…");
  const child = spawn(`${root}node_modules/.bin/tsx`, ["prisma/seed.ts"], { cwd: root, stdio: "inherit", env: process.env });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`Seeding failed (prisma/seed.ts exited with ${code}).`);
}

function printSignIns(port: string): void {
  const staff = ["admin", "manager", "chief", "accountant", "operator1", "operator2", "operator3"].map((name) => `${name}@demo.test`);
  console.log(
    [
      "",
      `Demo sign-ins at http://localhost:${port}/sign-in`,
      `  staff (password demo-password): ${staff.join(", ")}`,
      "  client portal (magic link): director@synaps.test — without RESEND_API_KEY the link is at /office/outbox (as admin)",
      "  another firm (isolation): admin@other.test (password demo-password), owner@other-client.test (magic link)",
      "",
    ].join("\n"),
  );
}

async function main(): Promise<void> {
  const [command, ...nextArgs] = process.argv.slice(2);
  if (command !== "dev" && command !== "start") throw new Error("Usage: tsx scripts/run-app.ts dev|start [next options]");
  const embedded = !process.env.DATABASE_URL;
  loadSecrets(process.env.NODE_ENV === "production" || command === "start", embedded);

  let server: EmbeddedServer | undefined;
  const stopDatabase = async () => {
    await server?.stop().catch(() => undefined);
  };
  if (embedded) {
    const { startDevDatabase } = await import("@/server/db/embedded");
    const dev = await startDevDatabase();
    server = dev.server;
    process.env.DATABASE_URL = dev.url;
  }
  const url = process.env.DATABASE_URL ?? "";
  let next: ChildProcess;
  try {
    await assertReachable(url);
    await applyMigrations(url);
    await seedIfEmpty(url);
    const port = portOf(nextArgs);
    process.env.AUTH_TRUST_HOST ||= "true";
    process.env.AUTH_URL ||= `http://localhost:${port}`;
    process.env.APP_URL ||= `http://localhost:${port}`;
    const server = command === "start" ? productionServerCommand({ port, hostname: hostnameOf(nextArgs) }) : { command: `${root}node_modules/.bin/next`, args: ["dev", ...nextArgs] };
    next = spawn(server.command, server.args, { cwd: root, stdio: "inherit", env: process.env });
    printSignIns(port);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => next.kill(signal));
  }
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    next.on("exit", (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    next.on("error", (error) => {
      console.error(`Could not start the server: ${error.message}`);
      resolve([1, null]);
    });
  });
  await stopDatabase();
  process.exit(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
