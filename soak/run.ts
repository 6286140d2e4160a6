// `npm run soak`: builds the app once, then load and fault scenarios against a dedicated embedded PostgreSQL;
// prints PASS/FAIL per scenario and writes soak/RESULTS.md. Everything it starts is stopped at the end.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./lib/fixtures";
import { DIST_DIR, ROOT, cleanupAll, onCleanup, startCluster, startInstance } from "./lib/infra";
import { passed, printSummary, writeResults, type ScenarioResult } from "./lib/report";
import { dbRestart } from "./scenarios/db-restart";
import { mailOutage } from "./scenarios/mail-outage";
import { mixedLoad, signInEveryone } from "./scenarios/mixed-load";

const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback) * 1000;
const only = (process.env.SOAK_ONLY ?? "1,2,3").split(",");

function build(): void {
  if (process.env.SOAK_SKIP_BUILD === "1" && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return console.log(`Reusing the build in ${DIST_DIR}.`);
  console.log(`Building the production server into ${DIST_DIR} (waits for /tmp/next-build.lock)…`);
  // next build adds the build folder's types to tsconfig.json: put the shared file back as it was.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const original = readFileSync(tsconfig, "utf8");
  try {
    execFileSync("flock", ["/tmp/next-build.lock", path.join(ROOT, "node_modules/.bin/next"), "build"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR },
    });
  } finally {
    if (readFileSync(tsconfig, "utf8") !== original) writeFileSync(tsconfig, original);
  }
}

async function main(): Promise<boolean> {
  const startedAt = new Date();
  build();
  const cluster = await startCluster();
  console.log(`Embedded PostgreSQL on 127.0.0.1:${cluster.port} in ${cluster.workDir}`);
  const results: ScenarioResult[] = [];
  const record = (result: ScenarioResult) => {
    results.push(result);
    console.log(`${passed(result) ? "PASS" : "FAIL"} ${result.name}`);
  };

  if (only.includes("1") || only.includes("2")) {
    const fixture = await prepareDatabase(cluster, "soak_main", { staff: 150, clients: 60, notificationsPerPerson: 6 });
    onCleanup(() => fixture.db.$disconnect());
    const app = await startInstance("app", cluster.workDir, fixture.databaseUrl);
    console.log(`App on ${app.baseUrl} (log ${app.logFile})`);
    const sessions = await signInEveryone(app, { ...fixture, persons: fixture.persons.slice(0, 50) });
    if (only.includes("1")) record(await mixedLoad(app, { ...fixture, persons: fixture.persons.slice(0, 50) }, sessions, seconds("SOAK_SECONDS", 60)));
    if (only.includes("2")) {
      record(await dbRestart(app, cluster, fixture, sessions, { staff: 40, persons: 10, durationMs: seconds("SOAK_RESTART_SECONDS", 30), stopAtMs: 10_000, downMs: 2_000 }));
    }
    await app.stop();
  }
  if (only.includes("3")) record(await mailOutage(cluster, { clients: 20, downMs: seconds("SOAK_MAIL_DOWN_SECONDS", 30), deliverWithinMs: 150_000 }));

  printSummary(results);
  const file = await writeResults(results, startedAt, ROOT);
  console.log(`Written to ${path.relative(ROOT, file)}`);
  return results.every(passed);
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: cleaning up…`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

main()
  .then(async (ok) => {
    await cleanupAll();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error: unknown) => {
    console.error("Soak failed to run:", error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanupAll();
    process.exit(2);
  });
