// What the dashboard's single statement relies on: the SQL scope equals the Prisma scope for every role, the client
// counts kept by triggers equal live counts, tasks know whether their program is open, and an open program's
// manager follows its client's manager.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { Prisma } from "@/server/generated/prisma/client";
import { db } from "@/server/db";
import { createClient, createStaff } from "@/prisma/factories";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope, staffClientScopeSql } from "@/server/auth/scope";
import { dashboardSummary } from "@/server/dashboard/dashboard.service";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
  await createClientWithProgram(s, { approved: true });
  await createClientWithProgram(s);
  await createClient(db, { firmId: s.firm.id, stage: "LEAD" });
  await createClient(db, { firmId: s.firm.id, stage: "AUDIT", managerId: s.staff.manager.id });
  const otherManager = await createStaff(db, { firmId: s.firm.id, role: "MANAGER" });
  await createClient(db, { firmId: s.firm.id, stage: "TRANSITION", managerId: otherManager.id });
});

async function idsBySql(actor: StaffActor): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c."id" FROM "Client" c WHERE ${staffClientScopeSql(actor, "c")} ORDER BY c."id"`);
  return rows.map((r) => r.id);
}

async function idsByPrisma(actor: StaffActor): Promise<string[]> {
  const rows = await db.client.findMany({ where: staffClientScope(actor), select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

async function liveStageCounts(actor: StaffActor): Promise<Record<string, number>> {
  const rows = await db.client.groupBy({ by: ["stage"], where: staffClientScope(actor), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.stage, r._count._all]));
}

describe("SQL scope", () => {
  it.each(["admin", "manager", "chief", "accountant", "operator"] as const)("selects the same clients as the Prisma scope for %s", async (role) => {
    const actor = s.actors[role];
    const expected = await idsByPrisma(actor);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsBySql(actor)).toEqual(expected);
  });

  it("refuses an alias that is not a plain name", () => {
    expect(() => staffClientScopeSql(s.actors.admin, 'c"; DROP TABLE x; --')).toThrow();
  });
});

describe("client counts by stage", () => {
  it("equal live counts through inserts, stage and manager changes and deletes", async () => {
    const check = async () => {
      for (const role of ["admin", "manager", "chief", "accountant"] as const) {
        const summary = await dashboardSummary({ actor: s.actors[role] });
        expect(summary.stageCounts, role).toEqual(await liveStageCounts(s.actors[role]));
      }
    };
    await check();
    const lead = await createClient(db, { firmId: s.firm.id, stage: "LEAD" });
    await check();
    await db.client.update({ where: { id: lead.id }, data: { stage: "AUDIT", managerId: s.staff.manager.id } });
    await check();
    await db.client.updateMany({ where: { firmId: s.firm.id, stage: "AUDIT" }, data: { stage: "REFUSED" } });
    await check();
    await db.client.delete({ where: { id: lead.id } });
    await check();
    expect((await dashboardSummary({ actor: s.actors.admin })).stageCounts.REFUSED).toBeGreaterThan(0);
  });
});

describe("open-program flag of tasks", () => {
  it("follows the program's status, for existing and for new tasks", async () => {
    const { program } = await createClientWithProgram(s, { approved: true });
    const flags = async () => (await db.programTask.findMany({ where: { programId: program.id }, select: { programOpen: true } })).map((t) => t.programOpen);
    expect(await flags()).not.toContain(false);
    await db.transitionProgram.update({ where: { id: program.id }, data: { status: "REFUSED_BY_CLIENT" } });
    expect(await flags()).not.toContain(true);
    await db.programTask.create({ data: { programId: program.id, title: "Late task", responsibleRole: "ACCOUNTANT", position: 99, dueDate: addDays(new Date(), -1) } });
    expect(await flags()).not.toContain(true);
    const overdue = await dashboardSummary({ actor: s.actors.admin });
    expect(overdue.overdueTasks.map((t) => t.programId)).not.toContain(program.id);
    await db.transitionProgram.update({ where: { id: program.id }, data: { status: "APPROVED" } });
    expect(await flags()).not.toContain(false);
    expect((await dashboardSummary({ actor: s.actors.admin })).overdueTasks.map((t) => t.programId)).toContain(program.id);
  });
});

describe("manager of open programs", () => {
  it("follows the client's manager; a closed program keeps its own", async () => {
    const open = await createClientWithProgram(s, { approved: true });
    const closed = await createClientWithProgram(s, { approved: true });
    await db.transitionProgram.update({ where: { id: closed.program.id }, data: { status: "COMPLETED" } });
    const newManager = await createStaff(db, { firmId: s.firm.id, role: "MANAGER" });
    await db.client.updateMany({ where: { id: { in: [open.client.id, closed.client.id] } }, data: { managerId: newManager.id } });
    const managerOf = async (id: string) => (await db.transitionProgram.findUniqueOrThrow({ where: { id } })).managerId;
    expect(await managerOf(open.program.id)).toBe(newManager.id);
    expect(await managerOf(closed.program.id)).toBe(s.staff.manager.id);
    await db.client.update({ where: { id: open.client.id }, data: { managerId: null } });
    expect(await managerOf(open.program.id)).toBeNull();
  });

  it("puts a moved client's open program on the new manager's dashboard and off the old one's", async () => {
    const { client, program } = await createClientWithProgram(s, { approved: true });
    const before = await dashboardSummary({ actor: s.actors.manager });
    expect(before.inProgress.map((p) => p.id)).toContain(program.id);
    const other = await createStaff(db, { firmId: s.firm.id, role: "MANAGER" });
    await db.client.update({ where: { id: client.id }, data: { managerId: other.id } });
    const after = await dashboardSummary({ actor: s.actors.manager });
    expect(after.inProgress.map((p) => p.id)).not.toContain(program.id);
  });
});
