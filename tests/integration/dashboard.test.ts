// The office dashboard on a scenario: open programs with progress and days left, overdue tasks, my tasks, group load.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { db } from "@/server/db";
import { createClient } from "@/prisma/factories";
import { dashboardSummary } from "@/server/dashboard/dashboard.service";
import { callerFor } from "@/tests/support/actors";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

const NOW = new Date("2030-03-10T12:00:00Z");
let s: FirmScenario;
let ids: { onTime: string; late: string; draft: string; lateTask: string; lateTaskAssignee: string | null };

beforeAll(async () => {
  s = await createFirmScenario();
  const onTime = await createClientWithProgram(s, { approved: true });
  const late = await createClientWithProgram(s, { approved: true });
  const draft = await createClientWithProgram(s);
  // onTime: window ends in 3 days, one task done, every other due date in the future.
  await db.transitionProgram.update({ where: { id: onTime.program.id }, data: { windowStart: addDays(NOW, -4), windowEnd: addDays(NOW, 3) } });
  await db.programTask.updateMany({ where: { programId: onTime.program.id }, data: { dueDate: addDays(NOW, 1) } });
  await db.programTask.update({ where: { id: onTime.program.tasks[0]!.id }, data: { status: "DONE", dueDate: addDays(NOW, -2) } });
  // late: window ended 2 days ago, its accountant task overdue, the rest done.
  await db.transitionProgram.update({ where: { id: late.program.id }, data: { windowStart: addDays(NOW, -9), windowEnd: addDays(NOW, -2) } });
  await db.programTask.updateMany({ where: { programId: late.program.id }, data: { status: "DONE", dueDate: addDays(NOW, -5) } });
  const lateTask = late.program.tasks.find((t) => t.assigneeId === s.staff.accountant.id)!;
  await db.programTask.update({ where: { id: lateTask.id }, data: { status: "IN_PROGRESS" } });
  // A refused program's old task is not overdue work any more.
  const refused = await createClientWithProgram(s, { approved: true });
  await db.transitionProgram.update({ where: { id: refused.program.id }, data: { status: "REFUSED_BY_CLIENT" } });
  await db.programTask.updateMany({ where: { programId: refused.program.id }, data: { dueDate: addDays(NOW, -30) } });
  ids = { onTime: onTime.program.id, late: late.program.id, draft: draft.program.id, lateTask: lateTask.id, lateTaskAssignee: lateTask.assigneeId };
});

describe("dashboard summary", () => {
  it("lists approved programs with progress and days left (negative when the window is over), drafts apart", async () => {
    const summary = await dashboardSummary({ actor: s.actors.admin, now: NOW });
    const onTime = summary.inProgress.find((p) => p.id === ids.onTime)!;
    expect(onTime).toMatchObject({ daysLeft: 3, progress: { done: 1, total: 5 } });
    expect(summary.inProgress.find((p) => p.id === ids.late)).toMatchObject({ daysLeft: -2, progress: { done: 4, total: 5 } });
    expect(summary.awaitingApproval.map((p) => p.id)).toEqual([ids.draft]);
    expect(summary.awaitingApproval[0]).toMatchObject({ daysLeft: null, windowEnd: null });
    expect(summary.inProgress.map((p) => p.id)).not.toContain(ids.draft);
  });

  it("finds overdue tasks (not done, due before now, open program) with client and assignee", async () => {
    const summary = await dashboardSummary({ actor: s.actors.manager, now: NOW });
    expect(summary.overdueTasks.map((t) => t.id)).toEqual([ids.lateTask]);
    expect(summary.overdueCount).toBe(1);
    expect(summary.overdueTasks[0]).toMatchObject({ programId: ids.late, overdue: true, assigneeName: expect.any(String) });
    expect(summary.overdueTasks[0]!.client.name).toBeTruthy();
  });

  it("gives each staff member their own open tasks ordered by due date", async () => {
    const mine = (await dashboardSummary({ actor: s.actors.accountant, now: NOW })).myTasks;
    expect(mine.length).toBeGreaterThan(0);
    const assignees = await db.programTask.findMany({ where: { id: { in: mine.map((t) => t.id) } }, select: { assigneeId: true, status: true } });
    expect(assignees.every((t) => t.assigneeId === s.staff.accountant.id && t.status !== "DONE")).toBe(true);
    expect(mine[0]!.id).toBe(ids.lateTask);
    const dues = mine.map((t) => t.dueDate?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it("counts the group's active clients against its capacity", async () => {
    await createClient(db, { firmId: s.firm.id, stage: "LEAD" });
    const summary = await callerFor(s.actors.operator).office.dashboard.summary();
    expect(summary.groupLoad).toEqual([{ id: s.group.id, name: s.group.name, capacity: s.group.capacity, activeClients: 3 }]);
  });

  it("shows a group member the programs of their group's clients, and a chief accountant also those of clients at LEAD or AUDIT", async () => {
    const sc = await createFirmScenario();
    const ours = await createClientWithProgram(sc, { approved: true });
    const otherGroup = await db.workingGroup.create({ data: { firmId: sc.firm.id, name: "Чужая группа", capacity: 10 } });
    const theirs = await createClientWithProgram(sc, { approved: true });
    await db.transitionProgram.update({ where: { id: theirs.program.id }, data: { groupId: otherGroup.id } });
    const atAudit = await createClientWithProgram(sc);
    await db.transitionProgram.update({ where: { id: atAudit.program.id }, data: { groupId: otherGroup.id } });
    await db.client.update({ where: { id: atAudit.client.id }, data: { stage: "AUDIT" } });
    const seen = async (actor: typeof sc.actors.chief) => {
      const summary = await dashboardSummary({ actor, now: NOW });
      return [...summary.inProgress, ...summary.awaitingApproval].map((p) => p.id).sort();
    };
    expect(await seen(sc.actors.chief)).toEqual([ours.program.id, atAudit.program.id].sort());
    expect(await seen(sc.actors.operator)).toEqual([ours.program.id]);
    expect(await seen(sc.actors.admin)).toEqual([ours.program.id, theirs.program.id, atAudit.program.id].sort());
  });

  it("stays within the actor's scope", async () => {
    const other = await createFirmScenario();
    const summary = await callerFor(other.actors.admin).office.dashboard.summary();
    expect(summary.inProgress).toEqual([]);
    expect(summary.overdueTasks).toEqual([]);
    expect(JSON.stringify(summary)).not.toContain(ids.late);
  });
});
