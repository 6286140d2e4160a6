// Applies prisma/migrations/*/migration.sql in order, bookkept in Prisma's own _prisma_migrations table as `prisma migrate deploy` does.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/** Prisma Migrate's advisory lock key (same value as the schema engine, so both exclude each other). */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  script: string;
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export function checksum(script: string): string {
  return createHash("sha256").update(script).digest("hex");
}

/** Like Prisma: a checksum still matches when only the line endings changed (LF vs CRLF). */
function matchesChecksum(script: string, recorded: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => checksum(variant) === recorded);
}

/** The migration directories in name order, each with its migration.sql. */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const lock = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => "");
  const provider = /^\s*provider\s*=\s*"([^"]+)"/m.exec(lock)?.[1];
  if (provider && provider !== "postgresql") {
    throw new Error(`${migrationsDir}/migration_lock.toml is for provider "${provider}", not "postgresql".`);
  }
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const script = await readFile(file, "utf8").catch(() => {
        throw new Error(`Migration ${name} has no readable migration.sql (${file}).`);
      });
      return { name, script };
    }),
  );
}

function describeError(error: unknown): string {
  if (error instanceof pg.DatabaseError) {
    const extra = [error.detail && `DETAIL: ${error.detail}`, error.hint && `HINT: ${error.hint}`, error.position && `POSITION: ${error.position}`];
    return [`Database error code: ${error.code}`, "", "Database error:", `ERROR: ${error.message}`, ...extra.filter(Boolean)].join("\n");
  }
  return error instanceof Error ? error.message : String(error);
}

async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()",
  );
  if (rows.some((row) => row.table_name === "_prisma_migrations")) return;
  if (rows.length > 0) {
    throw new Error(
      `The database schema is not empty (${rows.length} tables) but has no _prisma_migrations table: ` +
        "it was not created by these migrations. Use an empty database, or baseline it first (prisma migrate resolve --applied).",
    );
  }
  await client.query(CREATE_MIGRATIONS_TABLE);
}

function refuseFailed(rows: MigrationRow[]): void {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length === 0) return;
  const details = failed.map((row) => {
    const logs = row.logs?.trim() ? ` with the following logs:\n${row.logs.trim()}` : "";
    return `The \`${row.migration_name}\` migration started at ${row.started_at.toISOString()} failed${logs}`;
  });
  throw new Error(
    [
      "Found failed migrations in the target database; new migrations will not be applied.",
      ...details,
      "Fix the database by hand (the failed script ran in one transaction, so usually nothing was applied), then mark it " +
        `rolled back: UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL ` +
        "(or `prisma migrate resolve --rolled-back <name>`), and run the migrations again.",
    ].join("\n"),
  );
}

/** Applies the pending migrations; refuses to run past a failed one. */
export async function applyMigrations(
  connectionString: string,
  opts: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const migrations = await readMigrations(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SET lock_timeout = '10s'");
    await client.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})`).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not take Prisma Migrate's advisory lock within 10 s (is another migration running?): ${reason}`);
    });
    await client.query("RESET lock_timeout");
    await ensureMigrationsTable(client);
    const { rows } = await client.query<MigrationRow>("SELECT * FROM _prisma_migrations ORDER BY started_at ASC");
    refuseFailed(rows);
    const live = rows.filter((row) => row.rolled_back_at === null);
    for (const migration of migrations) {
      const row = live.find((candidate) => candidate.migration_name === migration.name);
      if (row && !matchesChecksum(migration.script, row.checksum)) {
        log(`Warning: migration ${migration.name} was modified after it was applied (checksum differs from _prisma_migrations); the database keeps the applied version.`);
      }
    }
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !live.some((row) => row.migration_name === m.name))) {
      const id = randomUUID();
      await client.query(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, now(), $3)",
        [id, checksum(migration.script), migration.name],
      );
      try {
        await client.query(migration.script);
      } catch (error) {
        const logs = describeError(error);
        await client.query("UPDATE _prisma_migrations SET logs = $1 WHERE id = $2", [logs, id]);
        throw new Error(`Migration ${migration.name} failed; it is recorded as failed in _prisma_migrations.\n${logs}`, { cause: error });
      }
      await client.query("UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1 WHERE id = $1", [id]);
      await client.query("UPDATE _prisma_migrations SET finished_at = now() WHERE id = $1", [id]);
      applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    await client.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK_KEY})`);
    return { applied };
  } finally {
    await client.end().catch(() => undefined);
  }
}
