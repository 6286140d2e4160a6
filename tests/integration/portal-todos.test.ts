// Portal to-dos and persons: confirming the contract updates the staff's program; invite, accept, revoke (never the last).
import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { db } from "@/server/db";
import { createAuthorizedPerson } from "@/prisma/factories";
import { getProgram } from "@/server/programs/programs.service";
import { markSignedIn } from "@/server/portal/portal.service";
import { actorByEmail, callerFor } from "@/tests/support/actors";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
});

const fieldErrorsOf = (error: unknown) => {
  const cause = error instanceof TRPCError ? error.cause : null;
  if (cause && "fieldErrors" in cause && cause.fieldErrors) return cause.fieldErrors;
  if (cause && "issues" in cause && Array.isArray(cause.issues)) return Object.fromEntries(cause.issues.map((i: { path: string[]; message: string }) => [i.path[0], [i.message]]));
  return null;
};

describe("to-dos", () => {
  it("lists the CLIENT tasks, and confirming the contract shows DONE with the date in the staff's program", async () => {
    const { client, person, program } = await createClientWithProgram(s, { approved: true });
    const caller = callerFor(await actorByEmail(person.email));
    const todos = await caller.portal.todos.list({ clientId: client.id });
    expect(todos.tasks.map((t) => t.kind)).toEqual(["contract", "authorized-persons"]);
    const contract = todos.tasks[0]!;

    await expect(caller.portal.todos.confirmContract({ clientId: client.id, taskId: contract.id, signedOn: new Date(Date.now() + 3 * 86_400_000) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await caller.portal.todos.confirmContract({ clientId: client.id, taskId: contract.id, signedOn: new Date("2026-03-02") });

    const staffView = await getProgram({ actor: s.actors.manager }, program.id);
    const done = staffView.tasks.find((t) => t.id === contract.id)!;
    expect(done.status).toBe("DONE");
    expect(done.result).toMatchObject({ signedOn: "2026-03-02" });
    expect(staffView.version).toBe(program.version + 1);
    expect(await db.activityLog.count({ where: { subjectId: contract.id, action: "task.status", actorUserId: person.userId } })).toBe(1);
    await expect(caller.portal.todos.confirmContract({ clientId: client.id, taskId: contract.id, signedOn: new Date() })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    // A staff task of the same program is not a to-do of the client.
    await expect(caller.portal.todos.confirmContract({ clientId: client.id, taskId: program.tasks[1]!.id, signedOn: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await caller.portal.notifications.list({ clientId: client.id })).items.map((n) => n.kind)).toContain("task-done");
  });

  it("refuses to complete the appointment until someone else is invited, then completes it", async () => {
    const { client, person, program } = await createClientWithProgram(s, { approved: true });
    const caller = callerFor(await actorByEmail(person.email));
    const task = program.tasks.find((t) => t.kind === "authorized-persons")!;
    await expect(caller.portal.todos.completeAppointment({ clientId: client.id, taskId: task.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await caller.portal.persons.invite({ clientId: client.id, fullName: "Ирина Бухова", position: "Финансовый директор", email: `cfo-${client.id}@client.test`, canViewCredentials: true, canManagePersons: false });
    await caller.portal.todos.completeAppointment({ clientId: client.id, taskId: task.id });
    expect((await getProgram({ actor: s.actors.manager }, program.id)).tasks.find((t) => t.id === task.id)?.status).toBe("DONE");
  });
});

describe("persons", () => {
  it("invites a person (e-mail written), who becomes ACTIVE on first sign-in; duplicates and bad e-mails are field errors", async () => {
    const { client, person } = await createClientWithProgram(s, { approved: true });
    const caller = callerFor(await actorByEmail(person.email));
    const email = `Colleague-${client.id}@Client.test`;
    const invited = await caller.portal.persons.invite({ clientId: client.id, fullName: "Анна Коллегова", position: "Бухгалтер", email, canViewCredentials: false, canManagePersons: false });
    expect(invited).toMatchObject({ email: email.toLowerCase(), invitationState: "INVITED" });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { recipient: email.toLowerCase(), template: "invitation" } });
    expect(mail.data).toMatchObject({ personName: "Анна Коллегова", clientName: client.name });
    expect(String((mail.data as { signInUrl: string }).signInUrl)).toMatch(/\/sign-in\?tab=portal$/);

    const duplicate = await caller.portal.persons.invite({ clientId: client.id, fullName: "Анна", position: "", email, canViewCredentials: false, canManagePersons: false }).catch((e: unknown) => e);
    expect(duplicate).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(duplicate)).toEqual({ email: ["portal.errors.personExists"] });
    const malformed = await caller.portal.persons.invite({ clientId: client.id, fullName: "Анна", position: "", email: "not-an-email", canViewCredentials: false, canManagePersons: false }).catch((e: unknown) => e);
    expect(malformed).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(malformed)).toMatchObject({ email: ["portal.errors.emailInvalid"] });
    const staffEmail = await caller.portal.persons.invite({ clientId: client.id, fullName: "Сотрудник", position: "", email: s.staff.chief.user.email, canViewCredentials: false, canManagePersons: false }).catch((e: unknown) => e);
    expect(fieldErrorsOf(staffEmail)).toEqual({ email: ["portal.errors.emailIsStaff"] });

    const colleague = await actorByEmail(email.toLowerCase());
    await expect(callerFor(colleague).portal.persons.invite({ clientId: client.id, fullName: "Ещё Один", position: "", email: "x@client.test", canViewCredentials: false, canManagePersons: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await markSignedIn(colleague.userId);
    expect(await db.authorizedPerson.findUniqueOrThrow({ where: { id: invited.id } })).toMatchObject({ invitationState: "ACTIVE", acceptedAt: expect.any(Date) });
  });

  it("revokes another person, never yourself and never the last active one", async () => {
    const { client, person } = await createClientWithProgram(s, { approved: true });
    const other = await createAuthorizedPerson(db, { clientId: client.id });
    const caller = callerFor(await actorByEmail(person.email));
    await expect(caller.portal.persons.revoke({ clientId: client.id, personId: person.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await caller.portal.persons.revoke({ clientId: client.id, personId: other.id });
    expect((await caller.portal.persons.list({ clientId: client.id })).map((p) => p.id)).toEqual([person.id]);
    await expect(actorByEmail(other.email)).rejects.toThrow();
    expect(await db.activityLog.count({ where: { action: "person.revoked", subjectId: other.id } })).toBe(1);

    // An invited (not yet signed-in) manager cannot revoke the only active person.
    const invitedManager = await createAuthorizedPerson(db, { clientId: client.id, active: false, canManagePersons: true });
    await expect(callerFor(await actorByEmail(invitedManager.email)).portal.persons.revoke({ clientId: client.id, personId: person.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      cause: { messageKey: "portal.errors.lastPerson" },
    });
  });
});
