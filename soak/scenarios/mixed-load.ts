// Scenario 1: 200 signed-in sessions (150 staff, 50 portal persons) for 60 s mixing reads and writes; 0 errors, nothing lost.
import type { Fixture } from "../lib/fixtures";
import type { Session } from "../lib/http";
import type { AppInstance } from "../lib/infra";
import { runLoad } from "../lib/load";
import { loadTable, type ScenarioResult } from "../lib/report";
import { inBatches, signInPerson, signInStaff } from "../lib/sign-in";
import { Ledger, assignTasks, portalUser, staffUser, verifyLedger } from "../lib/workload";

export type SignedIn = { staff: Session[]; persons: Session[] };

export async function signInEveryone(app: AppInstance, fixture: Fixture): Promise<SignedIn> {
  const t0 = Date.now();
  const staff = await inBatches(fixture.staffEmails, 6, (email) => signInStaff(app.baseUrl, email));
  const persons = await inBatches(fixture.persons, 6, (person) => signInPerson(app.baseUrl, person.email, fixture.db));
  console.log(`  signed in ${staff.length} staff and ${persons.length} persons over HTTP in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { staff, persons };
}

export async function mixedLoad(app: AppInstance, fixture: Fixture, sessions: SignedIn, durationMs: number): Promise<ScenarioResult> {
  const ledger = new Ledger();
  const buckets = await assignTasks(fixture.db, fixture, sessions.staff.length, ledger);
  const users = [
    ...sessions.staff.map((s, i) => staffUser(s, buckets[i]!, fixture.tasks, ledger)),
    ...sessions.persons.map((s, i) => portalUser(s, fixture.persons[i]!, ledger)),
  ];
  // Warm-up: every session loads its home page once (first renders are slower), not counted.
  await inBatches([...sessions.staff, ...sessions.persons], 20, (s) => s.page(s.label.includes("staff") ? "/office" : "/portal").catch(() => undefined));
  const since = new Date(Date.now() - 1000);
  console.log(`  running ${users.length} virtual users for ${durationMs / 1000} s…`);
  const result = await runLoad(users, durationMs);
  const verification = await verifyLedger(fixture.db, ledger, since);
  const writes = result.outcomes.filter((o) => o.write).length;
  const sorted = result.outcomes.map((o) => o.end - o.start).sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0;
  return {
    name: `1. ${users.length} sessions × ${durationMs / 1000} s, reads + writes`,
    checks: [
      { what: "errors (non-2xx/3xx, network, lost session)", pass: result.errors === 0, figure: `${result.errors} of ${result.requests} requests (${writes} writes), ${result.rps.toFixed(0)} req/s, p95 ${p95} ms` },
      { what: "acknowledged writes in the database", pass: verification.missing === 0, figure: `${verification.acknowledged - verification.missing} of ${verification.acknowledged}` },
      { what: "app process alive", pass: !app.exited(), figure: app.exited() ? "exited" : "running" },
    ],
    table: loadTable(result),
    notes: [...result.errorSamples.map((e) => `error: ${e}`), ...verification.details],
  };
}
