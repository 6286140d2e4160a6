// Portal cloud access: hidden before CONNECTED, no password in the list, fresh-sign-in reveals (logged), refusals logged, "does not work".
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createAuthorizedPerson } from "@/prisma/factories";
import { encryptSecret } from "@/server/cloud-access/crypto";
import { getProgram } from "@/server/programs/programs.service";
import { setTaskStatus } from "@/server/programs/tasks.service";
import { actorByEmail, callerFor } from "@/tests/support/actors";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
});

async function connectedClient() {
  const setup = await createClientWithProgram(s, { approved: true });
  const access = async (personId: string | null, application: string, password: string) => {
    const { ciphertext, keyId } = encryptSecret(password);
    return db.cloudAccess.create({ data: { clientId: setup.client.id, personId, application, url: `https://1c.example.test/${application}`, login: `login-${application}`, passwordEncrypted: ciphertext, keyId } });
  };
  const own = await access(setup.person.id, "buh", "S3cret-Buh!");
  const colleague = await createAuthorizedPerson(db, { clientId: setup.client.id, canViewCredentials: false, canManagePersons: false });
  const theirs = await access(colleague.id, "zup", "S3cret-Zup!");
  return { ...setup, own, theirs, colleague, connect: () => Promise.all(setup.program.tasks.map((t) => setTaskStatus({ actor: s.actors.admin }, { taskId: t.id, status: "DONE" }))) };
}

describe("portal.access", () => {
  it("shows nothing before CONNECTED, then the applications and the person's own login without any password", async () => {
    const c = await connectedClient();
    const caller = callerFor(await actorByEmail(c.person.email));
    expect(await caller.portal.access.list({ clientId: c.client.id })).toEqual({ connected: false, accesses: [], applications: [] });
    await expect(caller.portal.access.reveal({ clientId: c.client.id, accessId: c.own.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    for (const task of c.program.tasks) await setTaskStatus({ actor: s.actors.admin }, { taskId: task.id, status: "DONE" });

    const list = await caller.portal.access.list({ clientId: c.client.id });
    expect(list.connected).toBe(true);
    expect(list.accesses).toEqual([{ id: c.own.id, application: "buh", url: "https://1c.example.test/buh", login: "login-buh" }]);
    expect(list.applications).toEqual([{ application: "zup", url: "https://1c.example.test/zup" }]);
    const body = JSON.stringify(list);
    for (const secret of ["S3cret", c.own.passwordEncrypted, "login-zup"]) expect(body).not.toContain(secret);
  });

  it("reveals the own password within 15 minutes of signing in (logged without it), refuses later and others' logins", async () => {
    const c = await connectedClient();
    await c.connect();
    const actor = await actorByEmail(c.person.email);
    const fresh = callerFor(actor, { signedInAt: Date.now() - 14 * 60_000 });
    expect(await fresh.portal.access.reveal({ clientId: c.client.id, accessId: c.own.id })).toEqual({ password: "S3cret-Buh!" });
    const logged = await db.activityLog.findFirstOrThrow({ where: { action: "cloudAccess.revealedByPerson", subjectId: c.own.id } });
    expect(logged.actorUserId).toBe(actor.userId);
    expect(JSON.stringify(logged.data)).not.toContain("S3cret");

    const stale = callerFor(actor, { signedInAt: Date.now() - 16 * 60_000 });
    await expect(stale.portal.access.reveal({ clientId: c.client.id, accessId: c.own.id })).rejects.toMatchObject({ code: "FORBIDDEN", cause: { messageKey: "portal.errors.freshSignInRequired" } });
    await expect(fresh.portal.access.reveal({ clientId: c.client.id, accessId: c.theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a reveal without the credentials permission and logs the refusal", async () => {
    const c = await connectedClient();
    await c.connect();
    const caller = callerFor(await actorByEmail(c.colleague.email));
    await expect(caller.portal.access.reveal({ clientId: c.client.id, accessId: c.theirs.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refusal = await db.activityLog.findFirstOrThrow({ where: { action: "cloudAccess.revealRefused", clientId: c.client.id } });
    expect(refusal).toMatchObject({ subjectType: "CloudAccess", subjectId: c.theirs.id, actorUserId: c.colleague.userId });
    expect(await db.activityLog.count({ where: { action: "cloudAccess.revealedByPerson", subjectId: c.theirs.id } })).toBe(0);
  });

  it("limits reveals per person", async () => {
    const c = await connectedClient();
    await c.connect();
    const caller = callerFor(await actorByEmail(c.person.email));
    for (let i = 0; i < 20; i++) await caller.portal.access.reveal({ clientId: c.client.id, accessId: c.own.id });
    await expect(caller.portal.access.reveal({ clientId: c.client.id, accessId: c.own.id })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", cause: { messageKey: "portal.errors.tooManyReveals" } });
  });

  it("turns 'this password does not work' into a task for the chief accountant the staff see, once per application", async () => {
    const c = await connectedClient();
    await c.connect();
    const caller = callerFor(await actorByEmail(c.person.email));
    const first = await caller.portal.access.reportBroken({ clientId: c.client.id, accessId: c.own.id });
    const again = await caller.portal.access.reportBroken({ clientId: c.client.id, accessId: c.own.id });
    expect(first.created).toBe(true);
    expect(again).toEqual({ taskId: first.taskId, created: false });
    const program = await getProgram({ actor: s.actors.chief }, c.program.id);
    const task = program.tasks.find((t) => t.id === first.taskId)!;
    expect(task).toMatchObject({ title: "Сбросить пароль: buh", kind: "password-reset", responsibleRole: "CHIEF_ACCOUNTANT", status: "TODO", assigneeId: s.staff.chief.id });
    expect(await db.activityLog.count({ where: { action: "cloudAccess.reportedBroken", subjectId: c.own.id } })).toBe(2);
    const home = await caller.portal.home({ clientId: c.client.id });
    expect(home.program?.progress.percent).toBe(100);
    await expect(caller.portal.access.reportBroken({ clientId: c.client.id, accessId: c.theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
