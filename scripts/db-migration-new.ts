// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql for the schema change, offline.
import { fileURLToPath } from "node:url";
import { assertReachable } from "@/server/db/admin";
import { DEV_DATA_DIR, startEmbeddedPostgres } from "@/server/db/embedded";
import { createMigration } from "@/server/db/schema-engine";

const root = fileURLToPath(new URL("..", import.meta.url));

async function main(): Promise<number> {
  const name = process.argv.slice(2).join("_").trim().replace(/[^A-Za-z0-9_]+/g, "_");
  if (!name) {
    console.error("Usage: npm run db:migration:new -- <name>   (e.g. add_client_notes)");
    return 1;
  }
  const external = process.env.DATABASE_URL;
  const server = external ? undefined : await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, reuseRunning: true });
  try {
    const connectionString = external ?? server?.connectionString("postgres") ?? "";
    await assertReachable(connectionString);
    const created = await createMigration({
      connectionString,
      migrationsDir: `${root}prisma/migrations`,
      schemaPath: `${root}prisma/schema.prisma`,
      name,
    });
    console.log(created ? `Created prisma/migrations/${created.name}/migration.sql` : "No schema changes: no migration created.");
    return 0;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /permission denied to create database/.test(message)
      ? " (the throwaway databases need a role with CREATEDB: use another DATABASE_URL, or unset it for the embedded server)"
      : "";
    console.error(`${message}${hint}`);
    process.exit(1);
  },
);
