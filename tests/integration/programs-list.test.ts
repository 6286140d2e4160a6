// Programs in progress by pages: list order (window end, then creation, then id), search by client, status, scope.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listOpenPrograms } from "@/server/programs/program-list.service";
import { staffClientScope } from "@/server/auth/scope";
import { walkPages } from "@/tests/support/pages";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;
let other: FirmScenario;

beforeAll(async () => {
  [s, other] = await Promise.all([createFirmScenario(), createFirmScenario()]);
  const sameEnd = new Date("2030-03-01T00:00:00Z");
  const sameCreated = new Date("2029-01-01T00:00:00Z");
  for (let i = 0; i < 7; i++) {
    const { client, program } = await createClientWithProgram(s, { approved: i < 4 });
    await db.client.update({ where: { id: client.id }, data: { name: `ООО «Список ${i}»` } });
    if (i < 4) await db.transitionProgram.update({ where: { id: program.id }, data: { windowEnd: i < 2 ? sameEnd : new Date(sameEnd.getTime() - i * 86_400_000) } });
    else await db.transitionProgram.update({ where: { id: program.id }, data: { createdAt: sameCreated } });
  }
  const { program: done } = await createClientWithProgram(s, { approved: true });
  await db.transitionProgram.update({ where: { id: done.id }, data: { status: "COMPLETED", completedAt: new Date() } });
  await createClientWithProgram(other, { approved: true });
});

describe("programs in progress", () => {
  it("serves every open program once across pages, in list order, without closed ones", async () => {
    const expected = await db.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM "TransitionProgram" p JOIN "Client" c ON c.id = p."clientId"
      WHERE c."firmId" = ${s.firm.id} AND p.status IN ('DRAFT', 'APPROVED')
      ORDER BY p."windowEnd" ASC NULLS LAST, p."createdAt" ASC, p.id ASC`;
    expect(expected).toHaveLength(7);
    expect((await walkPages((cursor) => listOpenPrograms({ actor: s.actors.admin }, { cursor, limit: 2 }))).ids).toEqual(expected.map((row) => row.id));
    const first = await listOpenPrograms({ actor: s.actors.admin }, { limit: 3 });
    expect(first.items[0]).toMatchObject({ status: "APPROVED", progress: { done: 0 } });
    expect(first.items.at(-1)?.daysLeft).toBeGreaterThan(0);
  });

  it("finds by a part of the client's name and filters by status", async () => {
    const found = await listOpenPrograms({ actor: s.actors.admin }, { search: "список 5" });
    expect(found.items.map((p) => p.client.name)).toEqual(["ООО «Список 5»"]);
    const drafts = await listOpenPrograms({ actor: s.actors.admin }, { status: "DRAFT" });
    expect(drafts.items.map((p) => p.status)).toEqual(["DRAFT", "DRAFT", "DRAFT"]);
    expect(drafts.items.every((p) => p.daysLeft === null)).toBe(true);
  });

  it("lists for every role exactly the open programs of the clients in its scope", async () => {
    const elsewhere = await db.workingGroup.create({ data: { firmId: s.firm.id, name: "Другая группа", capacity: 10 } });
    const { program } = await createClientWithProgram(s, { approved: true });
    await db.transitionProgram.update({ where: { id: program.id }, data: { groupId: elsewhere.id } });
    const atAudit = await createClientWithProgram(s);
    await db.transitionProgram.update({ where: { id: atAudit.program.id }, data: { groupId: elsewhere.id } });
    await db.client.update({ where: { id: atAudit.client.id }, data: { stage: "AUDIT" } });
    for (const actor of Object.values(s.actors)) {
      const expected = await db.transitionProgram.findMany({
        where: { status: { in: ["DRAFT", "APPROVED"] }, client: staffClientScope(actor) },
        orderBy: [{ windowEnd: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      expect((await walkPages((cursor) => listOpenPrograms({ actor }, { cursor, limit: 3 }))).ids).toEqual(expected.map((row) => row.id));
    }
    expect((await listOpenPrograms({ actor: s.actors.operator }, { limit: 100 })).items.map((p) => p.id)).not.toContain(program.id);
    expect((await listOpenPrograms({ actor: s.actors.chief }, { limit: 100 })).items.map((p) => p.id)).toContain(atAudit.program.id);
  });

  it("takes %, _ and \\ in a search literally", async () => {
    expect((await listOpenPrograms({ actor: s.actors.admin }, { search: "%" })).items).toEqual([]);
    expect((await listOpenPrograms({ actor: s.actors.admin }, { search: "Список _" })).items).toEqual([]);
  });

  it("never lists another firm's programs, not even from their cursor", async () => {
    const theirs = await listOpenPrograms({ actor: other.actors.admin });
    expect(theirs.items).toHaveLength(1);
    expect((await listOpenPrograms({ actor: s.actors.admin }, { cursor: theirs.items[0]!.id })).items).toEqual([]);
    expect((await listOpenPrograms({ actor: other.actors.admin }, { search: "Список" })).items).toEqual([]);
  });
});
