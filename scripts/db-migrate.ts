// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded development database when it is unset.
import { assertReachable, describeTarget } from "@/server/db/admin";
import { startDevDatabase } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrate";

async function main(): Promise<void> {
  const external = process.env.DATABASE_URL;
  const dev = external ? undefined : await startDevDatabase({ reuseRunning: true });
  const url = external ?? dev?.url ?? "";
  try {
    await assertReachable(url);
    const { applied } = await applyMigrations(url);
    const where = external ? describeTarget(url) : `embedded development database (${describeTarget(url)})`;
    console.log(applied.length ? `${applied.length} migration(s) applied to ${where}.` : `Up to date: ${where}.`);
  } finally {
    await dev?.server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
