// Migrations: the committed ones match the schema, new ones can be generated offline, and the runner keeps Prisma's bookkeeping.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName, withClient, withDatabase } from "@/server/db/admin";
import { applyMigrations, checksum, readMigrations } from "@/server/db/migrate";
import { createMigration, diagnoseMigrationHistory, diffMigrationsToSchema } from "@/server/db/schema-engine";

const root = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");
const { adminUrl, prefix } = inject("testDatabase");

let tempDir: string;
const databases: string[] = [];

/** A fresh empty database on the test server, dropped after the file. */
async function freshDatabase(): Promise<string> {
  const name = `${prefix}_${uniqueDatabaseName("mig").slice(-8)}`;
  databases.push(name);
  await createDatabase(adminUrl, name);
  return withDatabase(adminUrl, name);
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "onboarding-migrations-"));
});

afterAll(async () => {
  for (const name of databases) await dropDatabase(adminUrl, name);
  await rm(tempDir, { recursive: true, force: true });
});

describe("migration files", () => {
  it("the committed migrations produce exactly prisma/schema.prisma", async () => {
    const sql = await diffMigrationsToSchema({ connectionString: adminUrl, migrationsDir, schemaPath });
    expect(sql, "schema.prisma changed without a migration: run npm run db:migration:new -- <name>").toBe("");
  });

  it("a schema change becomes a new migration, and then there is nothing left to create", async () => {
    const dir = path.join(tempDir, "create");
    await mkdir(dir);
    await cp(migrationsDir, path.join(dir, "migrations"), { recursive: true });
    const schema = await readFile(schemaPath, "utf8");
    const changed = `${schema.replace(/model Firm \{\n/, "model Firm {\n  probeNote String?\n")}\nmodel MigrationProbe {\n  id    String @id\n  label String @unique\n}\n`;
    await writeFile(path.join(dir, "schema.prisma"), changed);
    const options = { connectionString: adminUrl, migrationsDir: path.join(dir, "migrations"), schemaPath: path.join(dir, "schema.prisma") };

    const created = await createMigration({ ...options, name: "probe" });

    expect(created?.name).toMatch(/^\d{14}_probe$/);
    expect(created?.sql).toContain('ALTER TABLE "Firm" ADD COLUMN     "probeNote" TEXT;');
    expect(created?.sql).toContain('CREATE TABLE "MigrationProbe"');
    expect(created?.sql).toContain('CREATE UNIQUE INDEX "MigrationProbe_label_key"');
    expect(await readFile(path.join(options.migrationsDir, created?.name ?? "", "migration.sql"), "utf8")).toBe(created?.sql);
    expect(await createMigration({ ...options, name: "again" })).toBeNull();
    expect(await diffMigrationsToSchema(options)).toBe("");
  });
});

describe("applyMigrations", () => {
  it("applies each migration once and records it as Prisma does", async () => {
    const url = await freshDatabase();
    const files = await readMigrations(migrationsDir);

    expect((await applyMigrations(url, { log: () => undefined })).applied).toEqual(files.map((file) => file.name));
    expect((await applyMigrations(url, { log: () => undefined })).applied).toEqual([]);

    const rows = await withClient(url, async (client) => (await client.query("SELECT * FROM _prisma_migrations ORDER BY migration_name")).rows);
    expect(rows).toEqual(
      files.map((file) =>
        expect.objectContaining({
          migration_name: file.name,
          checksum: checksum(file.script),
          finished_at: expect.any(Date),
          rolled_back_at: null,
          logs: null,
          applied_steps_count: 1,
        }),
      ),
    );
    const diagnosis = await diagnoseMigrationHistory({ connectionString: url, migrationsDir, schemaPath });
    expect(diagnosis).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
  });

  it("says so when an applied migration was edited afterwards", async () => {
    const url = await freshDatabase();
    const dir = path.join(tempDir, "edited");
    await cp(migrationsDir, dir, { recursive: true });
    await applyMigrations(url, { migrationsDir: dir, log: () => undefined });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.script}\n-- edited\n`);
    const lines: string[] = [];

    await applyMigrations(url, { migrationsDir: dir, log: (line) => lines.push(line) });

    expect(lines).toEqual([expect.stringContaining(`${first!.name} was modified after it was applied`)]);
  });

  it("records a failed migration, applies nothing of it, and refuses to continue past it", async () => {
    const url = await freshDatabase();
    const dir = path.join(tempDir, "failing");
    await cp(migrationsDir, dir, { recursive: true });
    await mkdir(path.join(dir, "99990101000000_broken"));
    await writeFile(path.join(dir, "99990101000000_broken", "migration.sql"), "CREATE TABLE half_done (id INT);\nSELECT * FROM no_such_table;\n");

    await expect(applyMigrations(url, { migrationsDir: dir, log: () => undefined })).rejects.toThrow(/99990101000000_broken failed/);

    const state = await withClient(url, async (client) => ({
      row: (await client.query("SELECT * FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'")).rows[0],
      halfDone: (await client.query("SELECT to_regclass('half_done') AS t")).rows[0].t,
    }));
    expect(state.row).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(state.row.logs).toContain("no_such_table");
    expect(state.halfDone).toBeNull();
    await expect(applyMigrations(url, { migrationsDir: dir, log: () => undefined })).rejects.toThrow(
      /failed migrations[\s\S]*`99990101000000_broken` migration started at .* failed/,
    );
    const diagnosis = await diagnoseMigrationHistory({ connectionString: url, migrationsDir: dir, schemaPath });
    expect(diagnosis.failedMigrationNames).toEqual(["99990101000000_broken"]);
  });
});
