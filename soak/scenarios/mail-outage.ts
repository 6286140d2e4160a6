// Scenario 3: the mail provider answers 500 for 30 s while two app instances share one database; once it is back,
// every notice is delivered once and only once and every outbox row ends SENT.
import { readFile } from "node:fs/promises";
import { startFakeResend } from "@/tests/support/fake-resend";
import { prepareDatabase } from "../lib/fixtures";
import { onCleanup, startInstance, type SoakCluster } from "../lib/infra";
import { startMailRecorder } from "../lib/mail-recorder";
import type { ScenarioResult } from "../lib/report";
import { inBatches, signInStaff } from "../lib/sign-in";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function mailOutage(cluster: SoakCluster, opts: { clients: number; downMs: number; deliverWithinMs: number }): Promise<ScenarioResult> {
  const fake = await startFakeResend();
  onCleanup(() => fake.close());
  const recorder = await startMailRecorder(fake.url);
  onCleanup(() => recorder.close());
  fake.setDown(true);
  const fixture = await prepareDatabase(cluster, "soak_mail", { staff: 4, clients: opts.clients, notificationsPerPerson: 0 });
  onCleanup(() => fixture.db.$disconnect());
  const mailEnv = { RESEND_API_KEY: "re_soak_test", RESEND_BASE_URL: recorder.url };
  const [a, b] = await Promise.all([startInstance("mail-a", cluster.workDir, fixture.databaseUrl, mailEnv), startInstance("mail-b", cluster.workDir, fixture.databaseUrl, mailEnv)]);
  const sessions = await inBatches(fixture.staffEmails, 4, (email, i) => signInStaff(i % 2 === 0 ? a.baseUrl : b.baseUrl, email));

  // Complete every task of every client through both instances: a task-done notice per task, a connection notice per client.
  const downSince = Date.now();
  const byClient = new Map<string, string[]>();
  for (const task of fixture.tasks) byClient.set(task.clientId, [...(byClient.get(task.clientId) ?? []), task.id]);
  const failures: string[] = [];
  let done = 0;
  await inBatches([...byClient.values()], sessions.length, async (taskIds, i) => {
    const session = sessions[i % sessions.length]!;
    for (const taskId of taskIds) {
      await session.mutate("office.programs.tasks.setStatus", { taskId, status: "DONE" }).then(() => void (done += 1), (error: Error) => void failures.push(error.message));
    }
  });
  const rows = await fixture.db.emailOutbox.count();
  console.log(`  ${done} tasks completed through 2 instances (${failures.length} failed), ${rows} e-mails in the outbox; provider down…`);
  await sleep(Math.max(0, opts.downMs - (Date.now() - downSince)));
  fake.setDown(false);
  const upAt = Date.now();
  console.log(`  provider back after ${((upAt - downSince) / 1000).toFixed(0)} s; waiting for the workers…`);

  let pending = Infinity;
  while (Date.now() - upAt < opts.deliverWithinMs) {
    pending = await fixture.db.emailOutbox.count({ where: { status: { not: "SENT" } } });
    if (pending === 0) break;
    await sleep(1000);
  }
  const allSentAfterMs = pending === 0 ? Date.now() - upAt : null;
  await sleep(12_000); // one more worker tick in both instances: a late duplicate would show up here

  const outbox = await fixture.db.emailOutbox.findMany({ select: { id: true, status: true, recipient: true, subject: true, attempts: true } });
  const delivered = new Map<string, number>();
  for (const m of fake.messages) delivered.set(m.idempotencyKey ?? "", (delivered.get(m.idempotencyKey ?? "") ?? 0) + 1);
  const once = outbox.filter((row) => delivered.get(row.id) === 1).length;
  const duplicates = [...delivered.values()].filter((n) => n > 1).length;
  const strangers = fake.messages.filter((m) => !outbox.some((row) => row.id === m.idempotencyKey)).length;
  const pairs = new Set(fake.messages.map((m) => `${m.to.join(",")}|${m.subject}|${m.text}`));
  const accepted = recorder.attempts.filter((t) => t.status >= 200 && t.status < 300);
  const acceptedPerKey = new Map<string, number>();
  for (const t of accepted) acceptedPerKey.set(t.key ?? "", (acceptedPerKey.get(t.key ?? "") ?? 0) + 1);
  const replays = [...acceptedPerKey.values()].reduce((n, c) => n + c - 1, 0);
  const failed = recorder.attempts.filter((t) => t.status >= 500).length;
  const logsA = (await readFile(a.logFile, "utf8")).match(/\[mail\]/g)?.length ?? 0;
  const logsB = (await readFile(b.logFile, "utf8")).match(/\[mail\]/g)?.length ?? 0;
  await Promise.all([a.stop(), b.stop()]);
  const sent = outbox.filter((row) => row.status === "SENT").length;
  return {
    name: `3. Mail provider down ${opts.downMs / 1000} s, two instances on one database`,
    checks: [
      { what: "notices caused over HTTP", pass: failures.length === 0 && outbox.length > 0, figure: `${done} tasks done, ${outbox.length} e-mails queued, ${failures.length} failed requests` },
      { what: "every outbox row ends SENT", pass: sent === outbox.length, figure: `${sent} of ${outbox.length}${allSentAfterMs !== null ? `, all sent ${(allSentAfterMs / 1000).toFixed(1)} s after the provider came back` : ""}` },
      { what: "each notice delivered exactly once (by idempotency key)", pass: once === outbox.length && duplicates === 0 && strangers === 0, figure: `${once} of ${outbox.length} once, ${duplicates} duplicated, ${strangers} unknown` },
      { what: "recipient + content unique among delivered", pass: pairs.size === fake.messages.length, figure: `${pairs.size} distinct of ${fake.messages.length} messages` },
      { what: "no accepted replays (a send the provider had to de-duplicate)", pass: replays === 0, figure: `${accepted.length} accepted POSTs for ${acceptedPerKey.size} keys, ${replays} replays; ${failed} answered 500; ${fake.requests()} requests in all` },
    ],
    notes: [`mail log lines: instance A ${logsA}, instance B ${logsB} (both workers retried)`, ...failures.slice(0, 5).map((f) => `error: ${f}`)],
  };
}
