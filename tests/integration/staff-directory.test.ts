// The staff directory and working groups by pages, and the staff choices forms offer: order, search, filters, firm scope.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { withClient } from "@/server/db/admin";
import { createStaff, createWorkingGroup } from "@/prisma/factories";
import { CHOICE_LIST_LIMIT } from "@/server/choice-list";
import { listStaff, staffChoices } from "@/server/staff/staff.service";
import { listGroups } from "@/server/groups/groups.service";
import { walkPages } from "@/tests/support/pages";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;
let other: FirmScenario;

beforeAll(async () => {
  [s, other] = await Promise.all([createFirmScenario(), createFirmScenario()]);
  for (const name of ["Яна Юрьева", "Алла Андреева", "Борис Белов", "борис Белкин"]) await createStaff(db, { firmId: s.firm.id, role: "OPERATOR", name });
  await createStaff(db, { firmId: s.firm.id, role: "ACCOUNTANT", name: "Вера Отключённая", active: false });
  const nameless = await createStaff(db, { firmId: s.firm.id, role: "OPERATOR", email: `nameless-${Date.now()}@staff.test` });
  await db.user.update({ where: { id: nameless.userId }, data: { name: null } });
});

describe("staff directory", () => {
  it("serves every member once across pages, by name, a member without a name last", async () => {
    const all = await db.staffMember.findMany({ where: { firmId: s.firm.id }, select: { id: true, user: { select: { name: true } } } });
    const { ids, pages } = await walkPages((cursor) => listStaff({ actor: s.actors.admin }, { cursor, limit: 3 }));
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect(new Set(ids).size).toBe(all.length);
    expect(ids.sort()).toEqual(all.map((m) => m.id).sort());
    const names = (await listStaff({ actor: s.actors.admin }, { limit: 100 })).items.map((m) => m.user.name);
    expect(names.at(-1)).toBeNull();
    const named = names.slice(0, -1) as string[];
    const ordered = await db.$queryRaw<{ name: string }[]>`SELECT u.name FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" WHERE s."firmId" = ${s.firm.id} AND u.name IS NOT NULL ORDER BY u.name, s.id`;
    expect(named).toEqual(ordered.map((row) => row.name));
  });

  it("walks past a cursor on the member without a name", async () => {
    const page = await listStaff({ actor: s.actors.admin }, { limit: 100 });
    const last = page.items.at(-1)!;
    expect(last.user.name).toBeNull();
    expect((await listStaff({ actor: s.actors.admin }, { cursor: last.id })).items).toEqual([]);
  });

  it("finds by a part of the name or e-mail in any case, and filters by role; every staff role reads it", async () => {
    const boris = await listStaff({ actor: s.actors.operator }, { search: "БОРИС" });
    expect(boris.items.map((m) => m.user.name)).toEqual(["борис Белкин", "Борис Белов"]);
    const byEmail = await listStaff({ actor: s.actors.admin }, { search: s.staff.manager.user.email.toUpperCase() });
    expect(byEmail.items.map((m) => m.id)).toEqual([s.staff.manager.id]);
    const accountants = await listStaff({ actor: s.actors.admin }, { role: "ACCOUNTANT" });
    expect(accountants.items.map((m) => m.user.name).sort()).toEqual([s.staff.accountant.user.name, "Вера Отключённая"].sort());
    expect(accountants.items.find((m) => m.user.name === "Вера Отключённая")).toMatchObject({ active: false });
  });

  it("never lists another firm's members, not even from their cursor", async () => {
    const ours = (await listStaff({ actor: s.actors.admin }, { limit: 100 })).items.map((m) => m.id);
    const theirs = (await listStaff({ actor: other.actors.admin }, { limit: 100 })).items.map((m) => m.id);
    expect(ours.some((id) => theirs.includes(id))).toBe(false);
    expect((await listStaff({ actor: s.actors.admin }, { search: other.staff.manager.user.email })).items).toEqual([]);
    expect((await listStaff({ actor: s.actors.admin }, { cursor: other.staff.admin.id })).items).toEqual([]);
  });
});

describe("staff choices", () => {
  it("offers active members only, by name, without the excluded one", async () => {
    const { items, more } = await staffChoices({ actor: s.actors.admin }, { excludeStaffId: s.staff.manager.id });
    expect(more).toBe(false);
    expect(items.map((c) => c.id)).not.toContain(s.staff.manager.id);
    expect(items.map((c) => c.name)).not.toContain("Вера Отключённая");
    const active = await db.staffMember.count({ where: { firmId: s.firm.id, active: true } });
    expect(items).toHaveLength(active - 1);
    expect(items.at(-1)?.name).toMatch(/^nameless-/);
  });

  it("filters by roles, by a part of the name, and leaves out a group's members", async () => {
    const managers = await staffChoices({ actor: s.actors.admin }, { roles: ["MANAGER"] });
    expect(managers.items.map((c) => c.id)).toEqual([s.staff.manager.id]);
    expect((await staffChoices({ actor: s.actors.admin }, { search: "белк" })).items.map((c) => c.name)).toEqual(["борис Белкин"]);
    const outside = await staffChoices({ actor: s.actors.admin }, { roles: ["OPERATOR"], notInGroupId: s.group.id });
    expect(outside.items.map((c) => c.role)).toEqual(outside.items.map(() => "OPERATOR"));
    for (const operator of s.staff.operators) expect(outside.items.map((c) => c.id)).not.toContain(operator.id);
    expect(outside.items.map((c) => c.name)).toEqual(expect.arrayContaining(["Алла Андреева", "Яна Юрьева"]));
  });

  it("offers the first CHOICE_LIST_LIMIT and says there are more; a search narrows them", async () => {
    const big = await createFirmScenario();
    for (let i = 0; i < CHOICE_LIST_LIMIT; i++) await createStaff(db, { firmId: big.firm.id, role: "OPERATOR", name: `Оператор ${String(i).padStart(2, "0")}` });
    const first = await staffChoices({ actor: big.actors.admin }, { roles: ["OPERATOR"] });
    expect(first.more).toBe(true);
    expect(first.items).toHaveLength(CHOICE_LIST_LIMIT);
    const narrowed = await staffChoices({ actor: big.actors.admin }, { roles: ["OPERATOR"], search: "Оператор 4" });
    expect(narrowed).toMatchObject({ more: false });
    expect(narrowed.items.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Оператор 4${i}`));
  });

  it("never offers another firm's members", async () => {
    const { items } = await staffChoices({ actor: other.actors.admin }, { search: "Борис" });
    expect(items).toEqual([]);
    const theirs = await staffChoices({ actor: other.actors.admin }, { notInGroupId: s.group.id });
    expect(theirs.items.every((c) => !s.staff.operators.some((o) => o.id === c.id))).toBe(true);
  });
});

describe("working groups by pages", () => {
  it("serves every group once across pages by name, each with its load and members, and finds by a part of the name", async () => {
    const sc = await createFirmScenario();
    await createClientWithProgram(sc);
    for (const name of ["Северная", "Южная", "Западная", "Восточная", "Северо-Запад"]) await createWorkingGroup(db, { firmId: sc.firm.id, name, members: [] });
    const { ids, pages } = await walkPages((cursor) => listGroups({ actor: sc.actors.operator }, { cursor, limit: 2 }));
    expect(pages).toBe(3);
    const all = await db.workingGroup.findMany({ where: { firmId: sc.firm.id }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
    expect(ids).toEqual(all.map((g) => g.id));
    const first = await listGroups({ actor: sc.actors.admin }, { limit: 50 });
    expect(first.items.find((g) => g.id === sc.group.id)).toMatchObject({ complete: true, load: 1 });
    expect(first.composition).toEqual({ CHIEF_ACCOUNTANT: 1, ACCOUNTANT: 1, OPERATOR: 3 });
    const north = await listGroups({ actor: sc.actors.admin }, { search: "СЕВЕР" });
    expect(north.items.map((g) => g.name)).toEqual(["Северная", "Северо-Запад"]);
    expect(north.nextCursor).toBeNull();
  });

  it("never lists another firm's groups, not even from their cursor", async () => {
    const ours = await listGroups({ actor: s.actors.admin }, { limit: 50 });
    expect(ours.items.map((g) => g.id)).not.toContain(other.group.id);
    expect((await listGroups({ actor: s.actors.admin }, { cursor: other.group.id })).items).toEqual([]);
  });
});

describe("the directory's copy of a member's name", () => {
  const sortNameOf = async (staffId: string) => (await db.staffMember.findUniqueOrThrow({ where: { id: staffId }, select: { sortName: true } })).sortName;

  it("follows a rename, so the renamed member moves to their new place", async () => {
    const firm = await createFirmScenario();
    const boris = await createStaff(db, { firmId: firm.firm.id, role: "OPERATOR", name: "Борис Второй" });
    const yakov = await createStaff(db, { firmId: firm.firm.id, role: "OPERATOR", name: "Яков Последний" });
    const order = async () => (await listStaff({ actor: firm.actors.admin }, { limit: 100 })).items.map((m) => m.id).filter((id) => id === boris.id || id === yakov.id);
    expect(await order()).toEqual([boris.id, yakov.id]);
    await db.user.update({ where: { id: yakov.userId }, data: { name: "Аарон Первый" } });
    expect(await sortNameOf(yakov.id)).toBe("Аарон Первый");
    expect(await order()).toEqual([yakov.id, boris.id]);
  });

  it("cannot be written by hand", async () => {
    const firm = await createFirmScenario();
    const member = await createStaff(db, { firmId: firm.firm.id, role: "OPERATOR", name: "Вера Верная" });
    await db.staffMember.update({ where: { id: member.id }, data: { sortName: "Аааа" } });
    const user = await db.user.create({ data: { email: `copy-${Date.now()}@staff.test`, name: "Глеб Настоящий" } });
    const created = await db.staffMember.create({ data: { firmId: firm.firm.id, userId: user.id, role: "OPERATOR", sortName: "Аааа" } });
    expect([await sortNameOf(member.id), await sortNameOf(created.id)]).toEqual(["Вера Верная", "Глеб Настоящий"]);
  });

  it("is the new name when a member is added while another transaction renames the user", async () => {
    const firm = await createFirmScenario();
    const user = await db.user.create({ data: { email: `race-${Date.now()}@staff.test`, name: "Старое Имя" } });
    await withClient(process.env.DATABASE_URL ?? "", async (renamer) => {
      await renamer.query("BEGIN");
      await renamer.query(`UPDATE "User" SET "name" = 'Новое Имя' WHERE "id" = $1`, [user.id]);
      const written = db.staffMember.create({ data: { firmId: firm.firm.id, userId: user.id, role: "OPERATOR" }, select: { id: true } });
      const early = await Promise.race([written.then(() => "written"), new Promise((resolve) => setTimeout(resolve, 300, "waiting"))]);
      await renamer.query("COMMIT");
      expect(early).toBe("waiting");
      expect(await sortNameOf((await written).id)).toBe("Новое Имя");
    });
  });
});
