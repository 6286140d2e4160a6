// Leads: requisites checked by their check digits, duplicate INN within a firm, managers, reopening a refused client.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createLead, reopenAsLead, updateClient } from "@/server/clients/leads.service";
import { createClient, createStaff, randomInn, randomOgrn } from "@/prisma/factories";
import { withInnCheckDigit } from "@/server/clients/requisites";
import { createFirmScenario, staffActorFor, type FirmScenario } from "@/tests/support/scenario";
import { callerFor } from "@/tests/support/actors";

let s: FirmScenario;
let other: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
  other = await createFirmScenario();
});

const legal = () => ({ name: `ООО «Лид ${randomInn()}»`, inn: randomInn(), kpp: "770101001", ogrn: randomOgrn(), taxRegime: "OSNO" as const, contactEmail: "boss@lead.test" });
const SOLE_INN = "502408719342";
const SOLE_OGRNIP = "316502700014822";

async function countClients(firmId: string) {
  return db.client.count({ where: { firmId } });
}

describe("creating a lead", () => {
  it("saves a legal entity as a LEAD managed by the creating manager, with an activity row", async () => {
    const { clientId } = await createLead({ actor: s.actors.manager }, legal());
    const client = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(client).toMatchObject({ stage: "LEAD", managerId: s.staff.manager.id, firmId: s.firm.id, contactEmail: "boss@lead.test" });
    expect(await db.activityLog.count({ where: { clientId, action: "client.created" } })).toBe(1);
  });

  it("accepts a sole proprietor: 12-digit INN, no KPP, 15-digit OGRNIP", async () => {
    const { clientId } = await createLead({ actor: s.actors.admin }, { name: "ИП Тестов", inn: SOLE_INN, kpp: "", ogrn: SOLE_OGRNIP, taxRegime: "PSN" });
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({ kpp: null, ogrn: SOLE_OGRNIP, managerId: null });
  });

  it.each([
    ["a wrong INN check digit", { inn: withInnCheckDigit("772418536").replace(/\d$/, (d) => String((Number(d) + 1) % 10)) }, "inn", "leads.errors.innInvalid"],
    ["a missing KPP of a legal entity", { kpp: "" }, "kpp", "leads.errors.kppRequired"],
    ["a malformed KPP", { kpp: "77AB" }, "kpp", "leads.errors.kppInvalid"],
    ["a wrong OGRN check digit", { ogrn: "1177746358196" }, "ogrn", "leads.errors.ogrnInvalid"],
    ["an OGRNIP for a legal entity", { ogrn: SOLE_OGRNIP }, "ogrn", "leads.errors.ogrnExpected"],
    ["a KPP for a sole proprietor", { inn: SOLE_INN, ogrn: SOLE_OGRNIP }, "kpp", "leads.errors.kppNotForSoleProprietor"],
    ["an empty name", { name: "  " }, "name", "leads.errors.nameRequired"],
  ])("refuses %s with a field error and saves nothing", async (_label, patch, field, key) => {
    const before = await countClients(s.firm.id);
    await expect(createLead({ actor: s.actors.manager }, { ...legal(), ...patch })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { [field]: [key] } });
    expect(await countClients(s.firm.id)).toBe(before);
  });

  it("returns field errors through tRPC as well", async () => {
    const caller = callerFor(s.actors.manager);
    await expect(caller.office.clients.create({ ...legal(), inn: "1234567890" })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fieldErrors: { inn: ["leads.errors.innInvalid"] } } });
  });

  it("lets an ADMIN pick an active MANAGER, and refuses anyone else as manager", async () => {
    const { clientId } = await createLead({ actor: s.actors.admin }, { ...legal(), managerId: s.staff.manager.id });
    expect((await db.client.findUniqueOrThrow({ where: { id: clientId } })).managerId).toBe(s.staff.manager.id);
    for (const managerId of [s.staff.chief.id, other.staff.manager.id]) {
      await expect(createLead({ actor: s.actors.admin }, { ...legal(), managerId })).rejects.toMatchObject({ fieldErrors: { managerId: ["leads.errors.managerInvalid"] } });
    }
    const inactive = await createStaff(db, { firmId: s.firm.id, role: "MANAGER", active: false });
    await expect(createLead({ actor: s.actors.admin }, { ...legal(), managerId: inactive.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(createLead({ actor: s.actors.manager }, { ...legal(), managerId: inactive.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("duplicate INN", () => {
  it("is refused within the firm with the existing client's id, and allowed in another firm", async () => {
    const first = legal();
    const { clientId } = await createLead({ actor: s.actors.manager }, first);
    await expect(createLead({ actor: s.actors.admin }, { ...legal(), inn: first.inn })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "leads.errors.duplicateInn",
      details: { existingClientId: clientId },
    });
    const theirs = await createLead({ actor: other.actors.manager }, { ...legal(), inn: first.inn });
    expect(theirs.clientId).not.toBe(clientId);
  });

  it("lets only one of two simultaneous creations of the same INN through", async () => {
    const inn = randomInn();
    const results = await Promise.allSettled([createLead({ actor: s.actors.manager }, { ...legal(), inn }), createLead({ actor: s.actors.admin }, { ...legal(), inn })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.client.count({ where: { firmId: s.firm.id, inn } })).toBe(1);
  });

  it("points to the refused client so it can be taken again", async () => {
    const refused = await createClient(db, { firmId: s.firm.id, stage: "REFUSED", managerId: s.staff.manager.id });
    await expect(createLead({ actor: s.actors.manager }, { ...legal(), inn: refused.inn })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "leads.errors.duplicateInnRefused",
      details: { existingClientId: refused.id, existingStage: "REFUSED" },
    });
  });
});

describe("updating and reopening", () => {
  it("updates contacts and requisites inside the scope only", async () => {
    const fields = legal();
    const { clientId } = await createLead({ actor: s.actors.manager }, fields);
    await updateClient({ actor: s.actors.manager }, { ...fields, clientId, contactPhone: "+7 900 000-00-00" });
    expect((await db.client.findUniqueOrThrow({ where: { id: clientId } })).contactPhone).toBe("+7 900 000-00-00");
    await expect(updateClient({ actor: other.actors.admin }, { ...fields, clientId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const anotherManager = await staffActorFor((await createStaff(db, { firmId: s.firm.id, role: "MANAGER" })).userId);
    await expect(updateClient({ actor: anotherManager }, { ...fields, clientId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("takes a refused client again as a LEAD and keeps its audits, programs and activity", async () => {
    const client = await createClient(db, { firmId: s.firm.id, stage: "REFUSED", managerId: s.staff.manager.id });
    await db.client.update({ where: { id: client.id }, data: { refusalReason: "Не договорились" } });
    const audit = await db.expressAudit.create({ data: { clientId: client.id, status: "COMPLETED", decision: "REFUSE", decisionNote: "Не договорились" } });
    const program = await db.transitionProgram.create({ data: { clientId: client.id, status: "REFUSED_BY_CLIENT", refusalReason: "Передумали" } });
    await reopenAsLead({ actor: s.actors.manager }, { clientId: client.id });
    const after = await db.client.findUniqueOrThrow({ where: { id: client.id }, include: { audits: true, programs: true } });
    expect(after.stage).toBe("LEAD");
    expect(after.audits.map((a) => a.id)).toEqual([audit.id]);
    expect(after.programs.map((p) => p.id)).toEqual([program.id]);
    expect(await db.activityLog.findFirst({ where: { clientId: client.id, action: "client.reopenedAsLead" } })).toMatchObject({ data: { previousRefusalReason: "Не договорились" } });
    await expect(reopenAsLead({ actor: s.actors.manager }, { clientId: client.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "leads.errors.notRefused" });
    await expect(reopenAsLead({ actor: other.actors.admin }, { clientId: client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the operator and the chief accountant out of creating leads", async () => {
    await expect(callerFor(s.actors.operator).office.clients.create(legal())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(s.actors.chief).office.clients.reopenAsLead({ clientId: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
