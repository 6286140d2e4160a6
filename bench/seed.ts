// `npm run bench:seed -- --clients N [--database-url URL]`: fills a database with N clients of the demo firm by bulk inserts.
import { parseArgs } from "node:util";
import { createRussianDatabase, describeTarget, dropDatabase } from "@/server/db/admin";
import { fillDatabase, openBenchServer } from "./lib/database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { clients: { type: "string", default: "1000" }, "database-url": { type: "string" } } });
  const clients = Number(values.clients);
  if (!Number.isInteger(clients) || clients < 1 || clients > 1_000_000) throw new Error("--clients must be a whole number from 1 to 1,000,000");
  const started = Date.now();
  const target = values["database-url"];
  if (target) {
    console.log(`Filling ${describeTarget(target)} with ${clients} clients (migrations and the demo seed first, if missing)...`);
    await fillDatabase(target, clients);
  } else {
    const server = await openBenchServer();
    const name = `bench_manual_${clients}`;
    try {
      await dropDatabase(server.adminUrl, name);
      await createRussianDatabase(server.adminUrl, name);
      console.log(`Filling a fresh database ${name} with ${clients} clients...`);
      await fillDatabase(server.url(name), clients);
      console.log(`Database: ${process.env.BENCH_DATABASE_URL ? describeTarget(server.url(name)) : `${name} on the embedded server in bench/tmp/pg`}`);
    } finally {
      await server.stop();
    }
  }
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
