// Portal home: timeline statuses, "you" for CLIENT tasks, the firm's roles with names, the team, the "being prepared" state.
import { beforeAll, describe, expect, it } from "vitest";
import { subDays } from "date-fns";
import { db } from "@/server/db";
import { createAuthorizedPerson, createClient } from "@/prisma/factories";
import { setTaskStatus } from "@/server/programs/tasks.service";
import { actorByEmail, callerFor } from "@/tests/support/actors";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
});

describe("portal.home", () => {
  it("shows the approved program's timeline with statuses, who is responsible, and the team with contacts", async () => {
    const { client, person, program } = await createClientWithProgram(s, { approved: true });
    const [contract, reporting, storage, payroll] = program.tasks;
    await setTaskStatus({ actor: s.actors.admin }, { taskId: contract!.id, status: "DONE" });
    await setTaskStatus({ actor: s.actors.accountant }, { taskId: reporting!.id, status: "IN_PROGRESS" });
    await db.programTask.update({ where: { id: storage!.id }, data: { dueDate: subDays(new Date(), 2) } });
    await db.staffMember.update({ where: { id: s.staff.chief.id }, data: { phone: "+7 495 111-22-33" } });

    const home = await callerFor(await actorByEmail(person.email)).portal.home({ clientId: client.id });
    expect(home.state).toBe("active");
    expect(home.program?.progress).toEqual({ done: 1, total: 5, percent: 20 });
    expect(home.program?.daysLeft).toBeGreaterThanOrEqual(6);
    const byTitle = Object.fromEntries(home.program!.timeline.map((t) => [t.title, t]));
    expect(byTitle[contract!.title]).toMatchObject({ status: "done", responsible: { kind: "you" } });
    expect(byTitle[reporting!.title]).toMatchObject({ status: "inProgress", responsible: { kind: "firm", role: "ACCOUNTANT", name: s.staff.accountant.user.name } });
    expect(byTitle[storage!.title]).toMatchObject({ status: "overdue", responsible: { kind: "firm", role: "OPERATOR" } });
    expect(byTitle[payroll!.title]).toMatchObject({ status: "upcoming", responsible: { kind: "firm", role: "CHIEF_ACCOUNTANT", name: s.staff.chief.user.name } });
    expect(home.program!.timeline.at(-1)).toMatchObject({ responsible: { kind: "you" } });

    expect(home.team.map((m) => m.role)).toEqual(["MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR", "OPERATOR", "OPERATOR"]);
    expect(home.team[0]).toMatchObject({ name: s.staff.manager.user.name, email: s.staff.manager.user.email });
    expect(home.team[1]).toMatchObject({ email: s.staff.chief.user.email, phone: "+7 495 111-22-33" });
  });

  it("says the transition is being prepared while the program is a draft or missing", async () => {
    const draft = await createClientWithProgram(s);
    const home = await callerFor(await actorByEmail(draft.person.email)).portal.home({ clientId: draft.client.id });
    expect(home).toMatchObject({ state: "preparing", program: null });
    expect(home.team[0]).toMatchObject({ role: "MANAGER" });

    const lead = await createClient(db, { firmId: s.firm.id, stage: "AUDIT" });
    const person = await createAuthorizedPerson(db, { clientId: lead.id });
    const empty = await callerFor(await actorByEmail(person.email)).portal.home({ clientId: lead.id });
    expect(empty).toMatchObject({ state: "preparing", program: null, team: [] });
  });

  it("counts the open to-dos for the navigation badge", async () => {
    const { client, person } = await createClientWithProgram(s, { approved: true });
    const badges = await callerFor(await actorByEmail(person.email)).portal.badges({ clientId: client.id });
    expect(badges).toEqual({ openTodos: 2, unreadNotifications: 0 });
  });
});

describe("isolation", () => {
  it("gives a person of another client NOT_FOUND from every portal procedure about this client", async () => {
    const { client, program } = await createClientWithProgram(s, { approved: true });
    const other = await createClientWithProgram(s, { approved: true });
    const caller = callerFor(await actorByEmail(other.person.email));
    const clientId = client.id;
    const taskId = program.tasks[0]!.id;
    const calls: Array<() => Promise<unknown>> = [
      () => caller.portal.home({ clientId }),
      () => caller.portal.badges({ clientId }),
      () => caller.portal.todos.list({ clientId }),
      () => caller.portal.todos.confirmContract({ clientId, taskId, signedOn: new Date() }),
      () => caller.portal.todos.completeAppointment({ clientId, taskId }),
      () => caller.portal.persons.list({ clientId }),
      () => caller.portal.persons.invite({ clientId, fullName: "Пётр Петров", position: "", email: "p@example.test", canViewCredentials: false, canManagePersons: false }),
      () => caller.portal.persons.revoke({ clientId, personId: other.person.id }),
      () => caller.portal.access.list({ clientId }),
      () => caller.portal.access.reveal({ clientId, accessId: "x" }),
      () => caller.portal.access.reportBroken({ clientId, accessId: "x" }),
      () => caller.portal.notifications.list({ clientId }),
      () => caller.portal.notifications.markRead({ clientId }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The other client's own task cannot be reached through their own clientId either.
    await expect(caller.portal.todos.confirmContract({ clientId: other.client.id, taskId, signedOn: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.programTask.findUniqueOrThrow({ where: { id: taskId } })).status).toBe("TODO");
  });
});
