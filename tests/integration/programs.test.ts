import { beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfDay } from "date-fns";
import { db } from "@/server/db";
import { getProgram } from "@/server/programs/programs.service";
import { approveProgram, refuseByClient, refuseByOutsourcer, setProgramWindow } from "@/server/programs/program-actions.service";
import { addTaskComment, setTaskStatus } from "@/server/programs/tasks.service";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";
import { createClient, createProgramTemplate, createStaff, createWorkingGroup, type TaskTemplateSeed } from "@/prisma/factories";
import { generateProgram } from "@/server/programs/generate";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
});

describe("approving a program", () => {
  it("sets the date, the window and the due dates from the task offsets; a second approval is refused", async () => {
    const { program } = await createClientWithProgram(s);
    const from = new Date("2026-12-01T10:00:00Z");
    await approveProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version, approvedFrom: from });
    const approved = await getProgram({ actor: s.actors.manager }, program.id);
    expect(approved.status).toBe("APPROVED");
    expect(approved.approvedFrom).toEqual(startOfDay(from));
    expect(approved.windowEnd).toEqual(addDays(startOfDay(from), 7));
    expect(approved.tasks.map((t) => t.dueDate)).toEqual(approved.tasks.map((t) => addDays(startOfDay(from), t.dayOffset)));
    await expect(approveProgram({ actor: s.actors.manager }, { programId: program.id, version: approved.version })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await getProgram({ actor: s.actors.manager }, program.id)).version).toBe(approved.version);
  });

  it("assigns tasks from the group's roles and leaves CLIENT tasks to the client", async () => {
    const { program } = await createClientWithProgram(s);
    const byRole = Object.fromEntries(program.tasks.map((t) => [t.title, t]));
    expect(byRole["Подключение к электронной отчетности"]?.assigneeId).toBe(s.staff.accountant.id);
    expect(byRole["Настройка учета заработной платы"]?.assigneeId).toBe(s.staff.chief.id);
    expect(byRole["Подготовка хранилища документов"]?.assigneeId).toBe(s.staff.operators[0]!.id);
    expect(byRole["Подписание договора"]?.assigneeId).toBeNull();
  });
});

describe("generation", () => {
  it("assigns by the group roles (operators in turn), dates the tasks and returns what it wrote", async () => {
    const roles = ["OPERATOR", "MANAGER", "OPERATOR", "CLIENT", "ACCOUNTANT", "OPERATOR", "CHIEF_ACCOUNTANT", "OPERATOR", "OPERATOR", "OPERATOR", "ACCOUNTANT"] as const;
    const tasks: TaskTemplateSeed[] = roles.map((responsibleRole, i) => ({ title: `Задача ${i}`, description: "", responsibleRole, dayOffset: (i * 3) % 7 }));
    const template = await createProgramTemplate(db, { firmId: s.firm.id, tasks, windowDays: 9 });
    const operators = [await createStaff(db, { firmId: s.firm.id, role: "OPERATOR" }), await createStaff(db, { firmId: s.firm.id, role: "OPERATOR" })];
    const chief = await createStaff(db, { firmId: s.firm.id, role: "CHIEF_ACCOUNTANT" });
    // No accountant in this group: those tasks stay unassigned.
    const group = await createWorkingGroup(db, { firmId: s.firm.id, members: [...operators.map((o) => ({ staffId: o.id, groupRole: "OPERATOR" as const })), { staffId: chief.id, groupRole: "CHIEF_ACCOUNTANT" }] });
    const client = await createClient(db, { firmId: s.firm.id, stage: "TRANSITION", managerId: s.staff.manager.id });
    const start = new Date("2026-12-07T00:00:00Z");

    const generated = await db.$transaction((tx) => generateProgram(tx, { clientId: client.id, templateId: template.id, managerId: s.staff.manager.id, groupId: group.id, windowStart: start }));

    const stored = await db.transitionProgram.findUniqueOrThrow({ where: { id: generated.id }, include: { tasks: { orderBy: { position: "asc" } } } });
    expect(generated).toEqual(stored);
    expect(stored).toMatchObject({ status: "APPROVED", windowStart: start, windowEnd: addDays(start, 9), clientStage: "TRANSITION", groupId: group.id });
    // The rule, written out: members of a role in joining order; operators in turn; CLIENT nobody; MANAGER the manager.
    const members = await db.workingGroupMember.findMany({ where: { groupId: group.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const ofRole = (role: string) => members.filter((m) => m.groupRole === role).map((m) => m.staffId);
    let operatorTurn = 0;
    const expectedAssignee = (role: (typeof roles)[number]) =>
      role === "CLIENT" ? null : role === "MANAGER" ? s.staff.manager.id : role === "OPERATOR" ? ofRole(role)[operatorTurn++ % ofRole(role).length]! : (ofRole(role)[0] ?? null);
    expect(stored.tasks.map((t) => [t.title, t.assigneeId, t.dueDate])).toEqual(
      tasks.map((t, i) => [`Задача ${i}`, expectedAssignee(roles[i]!), addDays(start, t.dayOffset)]),
    );
    expect(new Set(stored.tasks.filter((t) => t.responsibleRole === "OPERATOR").map((t) => t.assigneeId))).toEqual(new Set(operators.map((o) => o.id)));
    expect(stored.tasks.filter((t) => t.responsibleRole === "ACCOUNTANT").every((t) => t.assigneeId === null)).toBe(true);
  });

  it("writes nothing for a template that does not exist", async () => {
    const client = await createClient(db, { firmId: s.firm.id, stage: "TRANSITION" });
    await expect(db.$transaction((tx) => generateProgram(tx, { clientId: client.id, templateId: "missing-template", managerId: null }))).rejects.toMatchObject({ code: "P2025" });
    expect(await db.transitionProgram.count({ where: { clientId: client.id } })).toBe(0);
  });
});

describe("optimistic locking", () => {
  it("refuses the second of two saves made from the same version and keeps the first", async () => {
    const { program } = await createClientWithProgram(s, { approved: true });
    const start = new Date("2026-12-01");
    await setProgramWindow({ actor: s.actors.manager }, { programId: program.id, version: program.version, windowStart: start, windowEnd: addDays(start, 14) });
    await expect(
      setProgramWindow({ actor: s.actors.admin }, { programId: program.id, version: program.version, windowStart: start, windowEnd: addDays(start, 3) }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "programs.errors.staleProgram" });
    expect((await getProgram({ actor: s.actors.admin }, program.id)).windowEnd).toEqual(addDays(start, 14));
  });

  it("flags tasks whose due date falls outside a narrowed window", async () => {
    const { program } = await createClientWithProgram(s, { approved: true });
    const current = await getProgram({ actor: s.actors.manager }, program.id);
    await setProgramWindow({ actor: s.actors.manager }, { programId: program.id, version: current.version, windowStart: current.windowStart!, windowEnd: addDays(current.windowStart!, 2) });
    const after = await getProgram({ actor: s.actors.manager }, program.id);
    expect(after.tasks.filter((t) => t.outsideWindow).map((t) => t.dayOffset)).toEqual([4, 6]);
  });
});

describe("tasks", () => {
  it("needs a reason to block a task, and comments are kept", async () => {
    const { program } = await createClientWithProgram(s, { approved: true });
    const task = program.tasks[1]!;
    await expect(setTaskStatus({ actor: s.actors.accountant }, { taskId: task.id, status: "BLOCKED" })).rejects.toThrow();
    await setTaskStatus({ actor: s.actors.accountant }, { taskId: task.id, status: "BLOCKED", blockedReason: "Нет доступа к ЭЦП" });
    await addTaskComment({ actor: s.actors.accountant }, { taskId: task.id, body: "Ждём токен" });
    const after = await getProgram({ actor: s.actors.manager }, program.id);
    expect(after.tasks[1]).toMatchObject({ status: "BLOCKED", blockedReason: "Нет доступа к ЭЦП" });
    expect(after.tasks[1]!.comments.map((c) => c.body)).toEqual(["Ждём токен"]);
  });

  it("completes the program and connects the client when the last task is done, sending the connection notice", async () => {
    const { program, client, person } = await createClientWithProgram(s, { approved: true });
    for (const task of program.tasks) await setTaskStatus({ actor: s.actors.admin }, { taskId: task.id, status: "DONE" });
    const after = await getProgram({ actor: s.actors.admin }, program.id);
    expect(after.status).toBe("COMPLETED");
    expect(after.progress).toEqual({ done: 5, total: 5, percent: 100 });
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).stage).toBe("CONNECTED");
    const notices = await db.emailOutbox.findMany({ where: { recipient: person.email, template: "connection-notice" } });
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]!.data)).not.toMatch(/password/i);
  });

  it("completes exactly once when the last two tasks are finished at the same moment", async () => {
    const { program, client } = await createClientWithProgram(s, { approved: true });
    const [last1, last2, ...rest] = program.tasks;
    for (const task of rest) await setTaskStatus({ actor: s.actors.admin }, { taskId: task.id, status: "DONE" });
    await Promise.all([last1, last2].map((t) => setTaskStatus({ actor: s.actors.admin }, { taskId: t!.id, status: "DONE" })));
    expect((await getProgram({ actor: s.actors.admin }, program.id)).status).toBe("COMPLETED");
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).stage).toBe("CONNECTED");
    expect(await db.activityLog.count({ where: { clientId: client.id, action: "client.connected" } })).toBe(1);
  });

  it("lets staff finish a password-reset service task after connection without connecting twice", async () => {
    const { program, client } = await createClientWithProgram(s, { approved: true });
    for (const task of program.tasks) await setTaskStatus({ actor: s.actors.admin }, { taskId: task.id, status: "DONE" });
    const reset = await db.programTask.create({
      data: { programId: program.id, title: "Сбросить пароль: 1С", responsibleRole: "CHIEF_ACCOUNTANT", kind: "password-reset", position: 99 },
    });
    expect((await getProgram({ actor: s.actors.admin }, program.id)).progress.percent).toBe(100);
    await setTaskStatus({ actor: s.actors.chief }, { taskId: reset.id, status: "DONE" });
    expect((await getProgram({ actor: s.actors.admin }, program.id)).status).toBe("COMPLETED");
    expect(await db.activityLog.count({ where: { clientId: client.id, action: "client.connected" } })).toBe(1);
  });

  it("refuses to change a task of a program that is not approved yet", async () => {
    const { program } = await createClientWithProgram(s);
    await expect(setTaskStatus({ actor: s.actors.admin }, { taskId: program.tasks[0]!.id, status: "DONE" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});

describe("refusals", () => {
  it("outsourcer refusal ends the program, moves the client to REFUSED and writes a courteous letter", async () => {
    const { program, client, person } = await createClientWithProgram(s, { approved: true });
    await refuseByOutsourcer({ actor: s.actors.manager }, { programId: program.id, version: program.version, reason: "Невосстановимые остатки" });
    expect((await getProgram({ actor: s.actors.manager }, program.id)).status).toBe("REFUSED_BY_OUTSOURCER");
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).stage).toBe("REFUSED");
    const letters = await db.emailOutbox.findMany({ where: { recipient: person.email, template: "refusal" } });
    expect(letters).toHaveLength(1);
    await expect(setTaskStatus({ actor: s.actors.admin }, { taskId: program.tasks[1]!.id, status: "DONE" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("client refusal needs a reason and records who refused", async () => {
    const { program, client } = await createClientWithProgram(s, { approved: true });
    await expect(refuseByClient({ actor: s.actors.manager }, { programId: program.id, version: program.version, reason: "" })).rejects.toThrow();
    await refuseByClient({ actor: s.actors.manager }, { programId: program.id, version: program.version, reason: "Передумали" });
    const log = await db.activityLog.findFirstOrThrow({ where: { clientId: client.id, action: "program.refusedByClient" } });
    expect(log.actorStaffId).toBe(s.staff.manager.id);
  });

  it("hides another firm's program as NOT_FOUND", async () => {
    const other = await createFirmScenario();
    const { program } = await createClientWithProgram(s, { approved: true });
    await expect(getProgram({ actor: other.actors.admin }, program.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(refuseByClient({ actor: other.actors.admin }, { programId: program.id, version: program.version, reason: "чужой" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
