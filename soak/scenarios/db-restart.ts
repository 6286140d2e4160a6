// Scenario 2: PostgreSQL restarts during a load with writes; the app must answer again within 5 s of the database
// being back, and every write acknowledged before or after the restart must be in the database.
import type { Fixture } from "../lib/fixtures";
import type { AppInstance, SoakCluster } from "../lib/infra";
import { runLoad, type Outcome } from "../lib/load";
import { loadTable, type ScenarioResult } from "../lib/report";
import { Ledger, assignTasks, portalUser, staffUser, verifyLedger } from "../lib/workload";
import type { SignedIn } from "./mixed-load";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function dbRestart(
  app: AppInstance,
  cluster: SoakCluster,
  fixture: Fixture,
  sessions: SignedIn,
  opts: { staff: number; persons: number; durationMs: number; stopAtMs: number; downMs: number },
): Promise<ScenarioResult> {
  const ledger = new Ledger();
  const staff = sessions.staff.slice(0, opts.staff);
  const persons = sessions.persons.slice(0, opts.persons);
  const buckets = await assignTasks(fixture.db, fixture, staff.length, ledger);
  const users = [...staff.map((s, i) => staffUser(s, buckets[i]!, fixture.tasks, ledger)), ...persons.map((s, i) => portalUser(s, fixture.persons[i]!, ledger))];
  const since = new Date(Date.now() - 1000);
  const probe = staff[staff.length - 1]!;
  const times = { stopped: 0, back: 0, recovered: 0 };

  const fault = (async () => {
    await sleep(opts.stopAtMs);
    console.log("  stopping PostgreSQL (fast shutdown)…");
    times.stopped = Date.now();
    await cluster.stop();
    await sleep(opts.downMs);
    await cluster.start();
    times.back = Date.now();
    console.log(`  PostgreSQL back on port ${cluster.port} after ${times.back - times.stopped} ms; probing the app…`);
    while (Date.now() - times.back < 30_000) {
      const ok = await probe.query("office.clients.list", { limit: 1 }).then(() => true, () => false);
      if (ok) {
        times.recovered = Date.now();
        return;
      }
      await sleep(100);
    }
  })();

  console.log(`  running ${users.length} virtual users for ${opts.durationMs / 1000} s with a database restart at ${opts.stopAtMs / 1000} s…`);
  const result = await runLoad(users, opts.durationMs);
  await fault;
  const verification = await verifyLedger(fixture.db, ledger, since);

  const recoveryMs = times.recovered ? times.recovered - times.back : null;
  const before = result.outcomes.filter((o) => o.end < times.stopped && !o.ok);
  const settled = times.back + 5_000;
  const after = result.outcomes.filter((o) => o.start >= settled && !o.ok);
  const network = result.outcomes.filter((o) => !o.ok && o.status === null);
  const outage = result.outcomes.filter((o: Outcome) => !o.ok && o.end >= times.stopped && o.start < settled);
  const statuses = [...new Set(outage.map((o) => o.status))].join(", ");
  return {
    name: `2. PostgreSQL restart under load (${users.length} sessions, ${opts.durationMs / 1000} s)`,
    checks: [
      { what: "app answers again ≤ 5 s after the database is back", pass: recoveryMs !== null && recoveryMs <= 5000, figure: recoveryMs === null ? "never (30 s)" : `${recoveryMs} ms (database down ${times.back - times.stopped} ms)` },
      { what: "no errors before the stop", pass: before.length === 0, figure: `${before.length}` },
      { what: "no errors from 5 s after the database is back", pass: after.length === 0, figure: `${after.length}` },
      { what: "failures during the outage are clean HTTP answers", pass: network.length === 0, figure: `${outage.length} failed (HTTP ${statuses || "-"}), ${network.length} network errors` },
      { what: "acknowledged writes in the database", pass: verification.missing === 0, figure: `${verification.acknowledged - verification.missing} of ${verification.acknowledged}` },
      { what: "app process alive", pass: !app.exited(), figure: app.exited() ? "exited" : "running" },
    ],
    table: loadTable(result),
    notes: [
      `requests ${result.requests}, ${result.rps.toFixed(0)} req/s; PostgreSQL stopped at +${((times.stopped - result.outcomes[0]!.start) / 1000).toFixed(1)} s`,
      ...result.errorSamples.map((e) => `error: ${e}`),
      ...verification.details,
    ],
  };
}
