import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createClient, createStaff, createWorkingGroup } from "@/prisma/factories";
import { generateProgram } from "@/server/programs/generate";
import { countFirmGroupLoads, countingClientSelect, groupLoads, groupsCountingClient } from "@/server/groups/load";
import { addMember, createGroup, getGroup, listGroups, setComposition, updateGroup } from "@/server/groups/groups.service";
import { assignToProgram, suggestForProgram } from "@/server/groups/assignment.service";
import { createFirmScenario, type FirmScenario } from "@/tests/support/scenario";
import { CHOICE_LIST_LIMIT } from "@/server/choice-list";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
});

/** A complete group (the scenario's people) with the given capacity. */
function completeGroup(sc: FirmScenario, capacity: number) {
  return createWorkingGroup(db, {
    firmId: sc.firm.id,
    capacity,
    members: [
      { staffId: sc.staff.chief.id, groupRole: "CHIEF_ACCOUNTANT" },
      { staffId: sc.staff.accountant.id, groupRole: "ACCOUNTANT" },
      ...sc.staff.operators.map((o) => ({ staffId: o.id, groupRole: "OPERATOR" as const })),
    ],
  });
}

/** A client with a DRAFT program, in `groupId` or without a group. */
async function programIn(sc: FirmScenario, groupId: string | null) {
  const client = await createClient(db, { firmId: sc.firm.id, stage: "TRANSITION", managerId: sc.staff.manager.id });
  return db.$transaction((tx) => generateProgram(tx, { clientId: client.id, templateId: sc.programTemplate.id, managerId: sc.staff.manager.id, groupId }));
}

async function connectedClientServedBy(sc: FirmScenario, groupId: string) {
  const program = await programIn(sc, groupId);
  await db.transitionProgram.update({ where: { id: program.id }, data: { status: "COMPLETED", completedAt: new Date() } });
  await db.client.update({ where: { id: program.clientId }, data: { stage: "CONNECTED" } });
  return program;
}

async function loadOf(groupId: string) {
  return (await groupLoads(db, [groupId])).get(groupId);
}

describe("load and composition", () => {
  it("counts open programs and connected clients served, not refused or moved-away clients", async () => {
    const group = await completeGroup(s, 10);
    const other = await completeGroup(s, 10);
    await programIn(s, group.id);
    const approved = await programIn(s, group.id);
    await db.transitionProgram.update({ where: { id: approved.id }, data: { status: "APPROVED" } });
    await connectedClientServedBy(s, group.id);
    const refused = await programIn(s, group.id);
    await db.transitionProgram.update({ where: { id: refused.id }, data: { status: "REFUSED_BY_CLIENT" } });
    const moved = await connectedClientServedBy(s, group.id);
    await db.transitionProgram.update({ where: { id: moved.id }, data: { completedAt: new Date(Date.now() - 86_400_000) } });
    await db.transitionProgram.create({ data: { clientId: moved.clientId, groupId: other.id, status: "COMPLETED", completedAt: new Date() } });
    expect(await loadOf(group.id)).toBe(3);
    expect(await loadOf(other.id)).toBe(1);
    const { group: listed } = await getGroup({ actor: s.actors.chief }, group.id);
    expect(listed).toMatchObject({ load: 3, capacity: 10, complete: true, missing: {} });

    // The one-client form of the rule (used by the suggestion) agrees with the statement, client by client.
    const ids = [group.id, other.id];
    const all = await groupLoads(db, ids);
    const clients = await db.client.findMany({ where: { programs: { some: { groupId: { in: ids } } } }, select: { id: true, ...countingClientSelect } });
    expect(clients.length).toBe(5);
    for (const client of clients) {
      const without = await groupLoads(db, ids, { excludeClientId: client.id });
      expect([...groupsCountingClient(client)].sort()).toEqual(ids.filter((id) => without.get(id) !== all.get(id)).sort());
    }

    // The whole firm's count (another plan for the same rule) agrees with the count of its groups by id.
    const firmGroups = await db.workingGroup.findMany({ where: { firmId: s.firm.id }, select: { id: true } });
    const byId = await groupLoads(db, firmGroups.map((g) => g.id));
    const firmWide = await countFirmGroupLoads(db, s.firm.id);
    expect(firmWide.get(group.id)).toBe(3);
    expect(Object.fromEntries(firmGroups.map((g) => [g.id, firmWide.get(g.id) ?? 0]))).toEqual(Object.fromEntries(byId));
  });

  it("flags an incomplete group with what is missing against the firm's standard, which ADMIN may change", async () => {
    const sc = await createFirmScenario();
    const { groupId } = await createGroup({ actor: sc.actors.admin }, { name: "Неполная", capacity: 5 });
    await addMember({ actor: sc.actors.admin }, { groupId, staffId: sc.staff.chief.id, groupRole: "CHIEF_ACCOUNTANT" });
    let { group } = await getGroup({ actor: sc.actors.admin }, groupId);
    expect(group).toMatchObject({ complete: false, missing: { ACCOUNTANT: 1, OPERATOR: 3 } });
    await setComposition({ actor: sc.actors.admin }, { CHIEF_ACCOUNTANT: 1, ACCOUNTANT: 0, OPERATOR: 0 });
    ({ group } = await getGroup({ actor: sc.actors.admin }, groupId));
    expect(group).toMatchObject({ complete: true, missing: {} });
    const { composition } = await listGroups({ actor: sc.actors.operator });
    expect(composition).toEqual({ CHIEF_ACCOUNTANT: 1, ACCOUNTANT: 0, OPERATOR: 0 });
  });

  it("refuses a member whose staff role is not the group role, a duplicate name, and bad capacity", async () => {
    const { groupId } = await createGroup({ actor: s.actors.admin }, { name: "Роли", capacity: 3 });
    await expect(addMember({ actor: s.actors.admin }, { groupId, staffId: s.staff.accountant.id, groupRole: "OPERATOR" })).rejects.toMatchObject({ code: "BAD_REQUEST", messageKey: "groups.errors.roleMismatch" });
    await expect(createGroup({ actor: s.actors.admin }, { name: "роли", capacity: 3 })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["groups.errors.nameTaken"] } });
    await expect(updateGroup({ actor: s.actors.admin }, { groupId, capacity: -1 })).rejects.toThrow();
    await updateGroup({ actor: s.actors.admin }, { groupId, name: "Роли-2", capacity: 7 });
    expect((await getGroup({ actor: s.actors.admin }, groupId)).group).toMatchObject({ name: "Роли-2", capacity: 7 });
  });
});

describe("suggestion", () => {
  it("picks the complete group with the lowest relative load and skips incomplete and full ones", async () => {
    const sc = await createFirmScenario();
    await db.workingGroup.update({ where: { id: sc.group.id }, data: { capacity: 10 } });
    for (let i = 0; i < 4; i++) await programIn(sc, sc.group.id); // 0.4
    const light = await completeGroup(sc, 10);
    await programIn(sc, light.id); // 0.1
    const incomplete = await createWorkingGroup(db, { firmId: sc.firm.id, capacity: 10, members: [{ staffId: sc.staff.chief.id, groupRole: "CHIEF_ACCOUNTANT" }] });
    const full = await completeGroup(sc, 20);
    await db.workingGroup.update({ where: { id: full.id }, data: { capacity: 0 } });
    const program = await programIn(sc, null);
    const result = await suggestForProgram({ actor: sc.actors.manager }, { programId: program.id });
    expect(result.suggestedGroupId).toBe(light.id);
    expect(result.groups.find((g) => g.id === incomplete.id)).toMatchObject({ complete: false, load: 0, missing: { ACCOUNTANT: 1, OPERATOR: 3 } });
    expect(result.groups.find((g) => g.id === sc.group.id)).toMatchObject({ load: 4, capacity: 10, complete: true });
    await db.workingGroup.update({ where: { id: light.id }, data: { capacity: 1 } });
    expect((await suggestForProgram({ actor: sc.actors.manager }, { programId: program.id })).suggestedGroupId).toBe(sc.group.id);
  });
});

describe("suggestion in a firm of many groups", () => {
  it("offers the groups with room by load, finds others by name, keeps the suggested and current group, and counts a new assignment at once", async () => {
    const sc = await createFirmScenario();
    await setComposition({ actor: sc.actors.admin }, { CHIEF_ACCOUNTANT: 1, ACCOUNTANT: 0, OPERATOR: 0 });
    const chief = [{ staffId: sc.staff.chief.id, groupRole: "CHIEF_ACCOUNTANT" as const }];
    for (let i = 0; i < CHOICE_LIST_LIMIT + 5; i++) await createWorkingGroup(db, { firmId: sc.firm.id, name: `Выбор ${String(i).padStart(2, "0")}`, capacity: 10, members: chief });
    const busy = await createWorkingGroup(db, { firmId: sc.firm.id, name: "Загруженная", capacity: 1, members: chief });
    await programIn(sc, busy.id);
    const program = await programIn(sc, null);
    const suggest = (search?: string) => suggestForProgram({ actor: sc.actors.manager }, { programId: program.id, search });

    const first = await suggest();
    expect(first).toMatchObject({ more: true, found: CHOICE_LIST_LIMIT });
    expect(first.groups).toHaveLength(CHOICE_LIST_LIMIT);
    expect(first.groups[0]?.id).toBe(first.suggestedGroupId);
    expect(first.groups.map((g) => g.id)).not.toContain(busy.id);

    const found = await suggest("загруж");
    expect(found).toMatchObject({ more: false, found: 1 });
    expect(found.groups.map((g) => g.name)).toEqual([first.groups[0]!.name, "Загруженная"]);
    expect(found.groups[1]).toMatchObject({ load: 1, capacity: 1 });
    const none = await suggest("нет такой");
    expect(none).toMatchObject({ found: 0 });
    expect(none.groups.map((g) => g.id)).toEqual([first.suggestedGroupId]);

    const target = await db.workingGroup.findFirstOrThrow({ where: { firmId: sc.firm.id, name: "Выбор 54" } });
    await assignToProgram({ actor: sc.actors.manager }, { programId: program.id, version: program.version, groupId: target.id });
    const after = await suggest("загруж");
    expect(after.groups.find((g) => g.id === target.id)).toMatchObject({ name: "Выбор 54", load: 1 });
  });
});

describe("assignment", () => {
  it("sets the group and fills assignees from its roles; DONE tasks keep theirs", async () => {
    const program = await programIn(s, null);
    const done = program.tasks.find((t) => t.responsibleRole === "OPERATOR")!;
    await db.programTask.update({ where: { id: done.id }, data: { status: "DONE", assigneeId: s.staff.manager.id } });
    await assignToProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version, groupId: s.group.id });
    const after = await db.transitionProgram.findUniqueOrThrow({ where: { id: program.id }, include: { tasks: true } });
    expect(after).toMatchObject({ groupId: s.group.id, version: program.version + 1, capacityOverrideReason: null });
    const byRole = (role: string) => after.tasks.filter((t) => t.responsibleRole === role && t.id !== done.id).map((t) => t.assigneeId);
    expect(byRole("ACCOUNTANT")).toEqual([s.staff.accountant.id]);
    expect(byRole("CHIEF_ACCOUNTANT")).toEqual([s.staff.chief.id]);
    expect(byRole("CLIENT")).toEqual([null, null]);
    expect(after.tasks.find((t) => t.id === done.id)?.assigneeId).toBe(s.staff.manager.id);
    // The same people as a program generated in the group from the start (one rule, operators in turn).
    const inGroup = await programIn(s, s.group.id);
    const assignees = (tasks: { position: number; assigneeId: string | null; id: string }[]) =>
      tasks.filter((t) => t.id !== done.id && t.position !== done.position).sort((a, b) => a.position - b.position).map((t) => t.assigneeId);
    expect(assignees(after.tasks)).toEqual(assignees(inGroup.tasks));
    const activity = await db.activityLog.findFirst({ where: { subjectId: program.id, action: "program.groupAssigned" } });
    expect(activity?.data).toMatchObject({ groupId: s.group.id });
  });

  it("refuses over capacity for a MANAGER, forbids their override, allows an ADMIN's override with a reason", async () => {
    const group = await completeGroup(s, 1);
    await programIn(s, group.id);
    const program = await programIn(s, null);
    const base = { programId: program.id, version: program.version, groupId: group.id };
    await expect(assignToProgram({ actor: s.actors.manager }, base)).rejects.toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "groups.errors.overCapacity" });
    await expect(assignToProgram({ actor: s.actors.manager }, { ...base, overrideReason: "Срочно" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assignToProgram({ actor: s.actors.admin }, base)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(assignToProgram({ actor: s.actors.admin }, { ...base, overrideReason: "ok" })).rejects.toThrow();
    await assignToProgram({ actor: s.actors.admin }, { ...base, overrideReason: "Ключевой клиент" });
    expect(await db.transitionProgram.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({ groupId: group.id, capacityOverrideReason: "Ключевой клиент" });
    expect(await loadOf(group.id)).toBe(2);
  });

  it("does not count a program twice when it is reassigned to its own group", async () => {
    const group = await completeGroup(s, 1);
    const program = await programIn(s, null);
    await assignToProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version, groupId: group.id });
    await assignToProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version + 1, groupId: group.id });
    expect(await loadOf(group.id)).toBe(1);
  });

  it("refuses a stale version and a closed program", async () => {
    const program = await programIn(s, null);
    await expect(assignToProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version + 5, groupId: s.group.id })).rejects.toMatchObject({ code: "CONFLICT", messageKey: "programs.errors.staleProgram" });
    await db.transitionProgram.update({ where: { id: program.id }, data: { status: "REFUSED_BY_CLIENT" } });
    await expect(assignToProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version, groupId: s.group.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("never lets two assignments at the same moment push a group over capacity", async () => {
    const capacity = 3;
    const group = await completeGroup(s, capacity);
    for (let i = 0; i < capacity - 1; i++) await programIn(s, group.id);
    const [first, second] = [await programIn(s, null), await programIn(s, null)];
    const results = await Promise.allSettled([
      assignToProgram({ actor: s.actors.manager }, { programId: first.id, version: first.version, groupId: group.id }),
      assignToProgram({ actor: s.actors.admin }, { programId: second.id, version: second.version, groupId: group.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "groups.errors.overCapacity" });
    expect(await loadOf(group.id)).toBe(capacity);
  });

  it("hides another firm's group and program", async () => {
    const other = await createFirmScenario();
    const program = await programIn(s, null);
    await expect(assignToProgram({ actor: s.actors.manager }, { programId: program.id, version: program.version, groupId: other.group.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(suggestForProgram({ actor: other.actors.admin }, { programId: program.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await createStaff(db, { firmId: other.firm.id, role: "ACCOUNTANT" });
    await expect(addMember({ actor: s.actors.admin }, { groupId: s.group.id, staffId: stranger.id, groupRole: "ACCOUNTANT" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
