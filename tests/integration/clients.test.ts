import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getClient, listClients } from "@/server/clients/clients.service";
import { clientFilterOptions } from "@/server/clients/filter-options.service";
import { CHOICE_LIST_LIMIT } from "@/server/choice-list";
import { loadActor } from "@/server/auth/actor";
import { createClient, createFirm, createStaff, createWorkingGroup, createProgramTemplate } from "@/prisma/factories";
import { generateProgram } from "@/server/programs/generate";
import { staffActor } from "@/tests/support/actors";

let firmId: string;
let admin: Awaited<ReturnType<typeof staffActorOf>>;
let manager: Awaited<ReturnType<typeof staffActorOf>>;
let operator: Awaited<ReturnType<typeof staffActorOf>>;
let outsider: Awaited<ReturnType<typeof staffActorOf>>;
let servedClientId: string;

async function staffActorOf(userId: string) {
  return staffActor((await loadActor(userId))!);
}

beforeAll(async () => {
  const firm = await createFirm(db);
  firmId = firm.id;
  const adminRow = await createStaff(db, { firmId, role: "ADMIN" });
  const managerRow = await createStaff(db, { firmId, role: "MANAGER" });
  const otherManager = await createStaff(db, { firmId, role: "MANAGER" });
  const operatorRow = await createStaff(db, { firmId, role: "OPERATOR" });
  const otherFirm = await createFirm(db);
  const outsiderRow = await createStaff(db, { firmId: otherFirm.id, role: "ADMIN" });
  admin = await staffActorOf(adminRow.userId);
  manager = await staffActorOf(managerRow.userId);
  operator = await staffActorOf(operatorRow.userId);
  outsider = await staffActorOf(outsiderRow.userId);

  const names = ["Яблоко", "альфа", "ёжик", "Синапс", "Бета", "Гамма", "Дельта"];
  for (const name of names) await createClient(db, { firmId, name: `ООО «${name}»`, managerId: managerRow.id });
  await createClient(db, { firmId, name: "ООО «Чужой менеджер»", managerId: otherManager.id, inn: "7724185366" });
  await createClient(db, { firmId: otherFirm.id, name: "ООО «Другая фирма клиент»" });

  const group = await createWorkingGroup(db, { firmId, members: [{ staffId: operatorRow.id, groupRole: "OPERATOR" }] });
  const template = await createProgramTemplate(db, { firmId });
  const served = await db.client.findFirstOrThrow({ where: { firmId, name: "ООО «Бета»" } });
  servedClientId = served.id;
  await generateProgram(db, { clientId: served.id, templateId: template.id, managerId: managerRow.id, groupId: group.id, windowStart: new Date() });
});

describe("clients.list", () => {
  it("sorts Cyrillic names in Russian order, case-insensitively", async () => {
    const { items } = await listClients({ actor: admin }, { limit: 100 });
    const names = items.map((c) => c.name.replace(/^ООО «|»$/g, ""));
    expect(names).toEqual(["альфа", "Бета", "Гамма", "Дельта", "ёжик", "Синапс", "Чужой менеджер", "Яблоко"]);
  });

  it("pages with a cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listClients({ actor: admin }, { limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it("searches by name (any case) and by INN prefix", async () => {
    expect((await listClients({ actor: admin }, { search: "СИНАП" })).items.map((c) => c.name)).toEqual(["ООО «Синапс»"]);
    expect((await listClients({ actor: admin }, { search: "772418" })).items.map((c) => c.name)).toEqual(["ООО «Чужой менеджер»"]);
  });

  it("shows a manager only their own clients, an operator only the clients of their groups", async () => {
    const mine = await listClients({ actor: manager }, { limit: 100 });
    expect(mine.items.map((c) => c.name)).not.toContain("ООО «Чужой менеджер»");
    expect(mine.items).toHaveLength(7);
    const served = await listClients({ actor: operator }, { limit: 100 });
    expect(served.items.map((c) => c.id)).toEqual([servedClientId]);
  });

  it("filters by manager and by working group", async () => {
    const byManager = await listClients({ actor: admin }, { managerId: manager.staffId, limit: 100 });
    expect(byManager.items).toHaveLength(7);
    expect(byManager.items.every((c) => c.manager?.id === manager.staffId)).toBe(true);
    const program = await db.transitionProgram.findFirstOrThrow({ where: { clientId: servedClientId } });
    const byGroup = await listClients({ actor: admin }, { groupId: program.groupId!, limit: 100 });
    expect(byGroup.items.map((c) => c.id)).toEqual([servedClientId]);
  });

  it("filters by a part of the manager's or the group's name (for firms with too many to list)", async () => {
    const managerUser = await db.user.findUniqueOrThrow({ where: { id: manager.userId } });
    const part = managerUser.name!.slice(1, 5).toUpperCase();
    const byManager = await listClients({ actor: admin }, { managerName: part, limit: 100 });
    expect(byManager.items.length).toBeGreaterThanOrEqual(7);
    expect(byManager.items.every((c) => c.manager?.user.name?.toUpperCase().includes(part))).toBe(true);
    const program = await db.transitionProgram.findFirstOrThrow({ where: { clientId: servedClientId }, include: { group: true } });
    const byGroup = await listClients({ actor: admin }, { groupName: program.group!.name.slice(0, -1).toLowerCase(), limit: 100 });
    expect(byGroup.items.map((c) => c.id)).toEqual([servedClientId]);
    expect((await listClients({ actor: admin }, { groupName: "нет такой группы", limit: 100 })).items).toEqual([]);
  });

  it("offers managers and groups as lists up to a limit, then asks for a name", async () => {
    const small = await clientFilterOptions({ actor: admin });
    expect(small.groups?.length).toBe(1);
    expect(small.managers?.map((m) => m.id)).toContain(manager.staffId);
    const big = await createFirm(db);
    const bigAdmin = await staffActorOf((await createStaff(db, { firmId: big.id, role: "ADMIN" })).userId);
    await db.workingGroup.createMany({ data: Array.from({ length: CHOICE_LIST_LIMIT + 1 }, (_, i) => ({ firmId: big.id, name: `Группа ${i}`, capacity: 10 })) });
    const options = await clientFilterOptions({ actor: bigAdmin });
    expect(options.groups).toBeNull();
    expect(options.managers).toHaveLength(1);
  });

  it("never shows another firm's clients", async () => {
    const theirs = await listClients({ actor: outsider }, { limit: 100 });
    expect(theirs.items.map((c) => c.name)).toEqual(["ООО «Другая фирма клиент»"]);
  });
});

describe("clients.get", () => {
  it("returns the card inside the scope and NOT_FOUND outside it", async () => {
    expect((await getClient({ actor: admin }, servedClientId)).name).toBe("ООО «Бета»");
    await expect(getClient({ actor: outsider }, servedClientId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await db.client.findFirstOrThrow({ where: { firmId, name: "ООО «Чужой менеджер»" } });
    await expect(getClient({ actor: operator }, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
