// Small server-level helpers over `pg`: swap the database in a URL, create/drop databases, check reachability.
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The same connection string pointing at another database on the same server. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** `host:port/database` of a connection string, without credentials (for messages). */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || "localhost"}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(unparsable connection string)";
  }
}

/** A unique database name with a readable prefix (fits PostgreSQL's 63-byte identifiers). */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`.toLowerCase();
}

/** Runs `fn` with a connected client and always closes it. */
export async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database unless it exists; returns whether it was created. */
export async function ensureDatabase(adminConnectionString: string, name: string): Promise<boolean> {
  return withClient(adminConnectionString, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      if (error instanceof pg.DatabaseError && error.code === "42P04") return false;
      throw error;
    }
  });
}

/** Creates a database, optionally as a copy of a template database. */
export async function createDatabase(adminConnectionString: string, name: string, template?: string): Promise<void> {
  await withClient(adminConnectionString, async (client) => {
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
  });
}

/**
 * Creates a UTF-8 database with the ICU ru-RU collation (Cyrillic in Russian order), like the embedded cluster's
 * default; returns false and creates it with the server's defaults when the server cannot (no ICU, PostgreSQL < 15).
 */
export async function createRussianDatabase(adminConnectionString: string, name: string): Promise<boolean> {
  return withClient(adminConnectionString, async (client) => {
    const database = client.escapeIdentifier(name);
    try {
      await client.query(`CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'ru-RU'`);
      return true;
    } catch (error) {
      if (!(error instanceof pg.DatabaseError) || error.code === "42P04" || error.code === "42501") throw error;
      await client.query(`CREATE DATABASE ${database}`);
      return false;
    }
  });
}

/** Drops a database if it exists, disconnecting its remaining sessions. */
export async function dropDatabase(adminConnectionString: string, name: string): Promise<void> {
  await withClient(adminConnectionString, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** Null when a `SELECT 1` succeeds, otherwise a short reason (no stack). */
export async function checkConnection(connectionString: string, timeoutMs = 5000): Promise<string | null> {
  let client: pg.Client | undefined;
  try {
    client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
    client.on("error", () => undefined);
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    return code && !message.includes(code) ? `${code}: ${message}` : message;
  } finally {
    await client?.end().catch(() => undefined);
  }
}

/** Throws a one-line, user-facing error when the database cannot be reached. */
export async function assertReachable(connectionString: string): Promise<void> {
  const problem = await checkConnection(connectionString);
  if (problem) throw new Error(`Cannot reach the database at ${describeTarget(connectionString)} (${problem}): check DATABASE_URL.`);
}
