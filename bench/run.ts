// `npm run bench [-- --scales 1000,10000,100000 --seconds 10 --no-build]`: builds the app, then per size starts it on a
// seeded PostgreSQL, drives it with autocannon (32 signed-in connections) and writes bench/RESULTS.md.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { ensureTemplate, freshCopy, openBenchServer } from "./lib/database";
import { countQueries, portalJavaScript, programGeneration, requestsPerView } from "./lib/extras";
import { measure, type LoadResult, type Session, type Target } from "./lib/load";
import { extras, machine, table, targetsCheck, type ScaleReport } from "./lib/report";
import { BENCH_DIST_DIR, ROOT, startServer, type AppServer } from "./lib/server";
import { signInPortal, signInStaff } from "./lib/sessions";
import { BENCH_SERVER_ENV, clientIdOfPerson, discover, portalEmails, targets } from "./lib/targets";

const LOCK = "/tmp/bench.lock";
const CONNECTIONS = 32;
/** Hand-written analysis (what was changed, what still misses and why), appended to RESULTS.md. */
const NOTES = `${ROOT}bench/NOTES.md`;

// The whole run holds the benchmark lock, so builds and measurements of others never overlap with it.
if (!process.env.BENCH_LOCK_HELD) {
  const result = spawnSync("flock", [LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env: { ...process.env, BENCH_LOCK_HELD: "1" } });
  process.exit(result.status ?? 1);
}

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "1000,10000,100000" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    // A quick look while working: only the targets whose names contain one of these words (the references always run),
    // no round-trip count, JS size or generation timing, and RESULTS.md is left alone.
    only: { type: "string" },
  },
});
const scales = values.scales.split(",").map(Number);
const opts = { seconds: Number(values.seconds), warmup: Number(values.warmup), connections: CONNECTIONS };
const only = values.only?.split(",").map((word) => word.trim().toLowerCase()).filter(Boolean);
const running = new Set<AppServer>();

async function signInMany(count: number, signIn: (i: number) => Promise<Session>): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < count; i += 4) {
    const batch = await Promise.allSettled(Array.from({ length: Math.min(4, count - i) }, (_, k) => signIn(i + k)));
    for (const r of batch) if (r.status === "fulfilled") sessions.push(r.value);
    const failed = batch.find((r) => r.status === "rejected");
    if (failed) console.warn(`  a sign-in failed: ${(failed as PromiseRejectedResult).reason}`);
  }
  if (sessions.length === 0) throw new Error("no session could be signed in");
  return sessions;
}

/** Waits until one request of the target answers within 2 s, so a backlog left by the previous target is not measured. */
async function drained(baseUrl: string, target: Target): Promise<void> {
  const session = target.sessions?.[0];
  for (let attempt = 0; attempt < 15; attempt++) {
    const started = Date.now();
    await fetch(`${baseUrl}${target.path(session ?? null)}`, { headers: session ? { cookie: session.cookie } : {} }).then((r) => r.arrayBuffer(), () => undefined);
    if (Date.now() - started < 2000) return;
  }
}

async function benchScale(clients: number, server: Awaited<ReturnType<typeof openBenchServer>>, first: boolean): Promise<ScaleReport> {
  const template = await ensureTemplate(server, clients);
  const database = await freshCopy(server, template);
  console.log(`\n== ${clients} clients ==`);
  try {
    const app = await startServer(database.url, BENCH_SERVER_ENV);
    running.add(app);
    const staff = (email: string) => async () => ({ cookie: (await signInStaff(app.baseUrl, email, DEMO_PASSWORD)).header() });
    const admin = await signInMany(CONNECTIONS, staff("admin@demo.test"));
    const manager = await signInMany(CONNECTIONS, staff("manager@demo.test"));
    const emails = await portalEmails(database.url, CONNECTIONS);
    const portal = await signInMany(emails.length, async (i) => ({
      cookie: (await signInPortal(app.baseUrl, database.url, emails[i]!)).header(),
      clientId: await clientIdOfPerson(database.url, emails[i]!),
    }));
    const fixture = await discover(app.baseUrl, database.url, admin[0]!);
    const list = targets(fixture, { admin, manager, portal }).filter((t) => !only || t.reference || only.some((word) => t.name.toLowerCase().includes(word)));
    const rows: LoadResult[] = [];
    for (const target of list) {
      await drained(app.baseUrl, target);
      const row = await measure(app.baseUrl, target, opts);
      rows.push(row);
      console.log(`  ${row.name}: ${Math.round(row.rps)} rps, p50 ${Math.round(row.p50)} ms, p95 ${Math.round(row.p95)} ms, p99 ${Math.round(row.p99)} ms${row.non2xx || row.errors ? `, ${row.non2xx} non-2xx, ${row.errors} errors` : ""}`);
    }
    const rssMb = app.rssMb();
    await app.stop();
    running.delete(app);
    if (only) {
      console.log(`  server memory after the run: ${Math.round(rssMb)} MB`);
      return { clients, rows, rssMb, queries: new Map(), sessions: { admin: admin.length, manager: manager.length, portal: portal.length } };
    }

    const counting = await startServer(database.url, { ...BENCH_SERVER_ENV, PRISMA_QUERY_COUNT: "1" });
    running.add(counting);
    let queries;
    let js;
    let views;
    try {
      queries = await countQueries(counting.baseUrl, list);
      js = first ? await portalJavaScript(counting.baseUrl, portal[0]!).catch((error: unknown) => (console.warn(`  portal JS not measured: ${error}`), undefined)) : undefined;
      const pageViews = [{ path: "/office", session: manager[0]! }, { path: "/office/clients", session: admin[0]! }, { path: "/portal", session: portal[0]! }];
      views = first ? await requestsPerView(counting.baseUrl, pageViews).catch((error: unknown) => (console.warn(`  requests per view not measured: ${error}`), undefined)) : undefined;
    } finally {
      await counting.stop();
      running.delete(counting);
    }
    const generation = await programGeneration(database.url);
    const report: ScaleReport = { clients, rows, queries, rssMb, js, requestsPerView: views, generation, sessions: { admin: admin.length, manager: manager.length, portal: portal.length } };
    console.log(table(report));
    console.log(extras(report));
    return report;
  } finally {
    await database.drop();
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return `PostgreSQL ${(await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version}`;
  } finally {
    await client.end();
  }
}

function write(reports: ScaleReport[], machineLine: string, startedAt: Date): void {
  const command = `npm run bench -- --scales ${scales.join(",")} --seconds ${opts.seconds}`;
  const body = [
    "# Benchmark results",
    "",
    `Measured ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC by \`${command}\` on ${machineLine}.`,
    `Load: autocannon, ${CONNECTIONS} connections, ${opts.warmup} s warm-up then ${opts.seconds} s per target; production build served as \`npm start\` serves it (scripts/serve.ts); load generator on the same machine.`,
    "DB round trips: Prisma query events of one request (after a warm one) on a second server started with PRISMA_QUERY_COUNT=1.",
    "",
    ...reports.flatMap((r) => [`## ${r.clients.toLocaleString("en")} clients`, "", table(r), "", extras(r), ""]),
    "## Targets",
    "",
    targetsCheck(reports),
    "",
    ...(existsSync(NOTES) ? [readFileSync(NOTES, "utf8")] : []),
  ].join("\n");
  writeFileSync(`${ROOT}bench/RESULTS.md`, body);
  console.log(`\nWrote bench/RESULTS.md\n\n${targetsCheck(reports)}`);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  if (!values["no-build"]) {
    console.log(`Building the production server into ${BENCH_DIST_DIR}...`);
    // next build adds its dist folder to tsconfig.json's include: keep the shared file as it was.
    const tsconfig = readFileSync(`${ROOT}tsconfig.json`, "utf8");
    try {
      execFileSync("flock", ["/tmp/next-build.lock", `${ROOT}node_modules/.bin/next`, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
    } finally {
      writeFileSync(`${ROOT}tsconfig.json`, tsconfig);
    }
  }
  const server = await openBenchServer();
  const reports: ScaleReport[] = [];
  try {
    const machineLine = machine(await postgresVersion(server.adminUrl));
    for (const [i, clients] of scales.entries()) {
      reports.push(await benchScale(clients, server, i === 0));
      if (!only) write(reports, machineLine, startedAt);
    }
  } finally {
    for (const app of running) await app.stop();
    await server.stop();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void Promise.all([...running].map((app) => app.stop())).finally(() => process.exit(130));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
