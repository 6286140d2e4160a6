// Express audits: start from the template, record findings, decide (one program, remediation tasks, refusal letters).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { auditsOfClient, getAudit, recordFinding, startAudit } from "@/server/audits/audits.service";
import { decideAudit } from "@/server/audits/audit-decision.service";
import { getAuditTemplate, updateAuditTemplate } from "@/server/audits/audit-templates.service";
import { createAuthorizedPerson, createClient, STANDARD_PROGRAM_TASKS } from "@/prisma/factories";
import { createFirmScenario, type FirmScenario } from "@/tests/support/scenario";
import { callerFor } from "@/tests/support/actors";

let s: FirmScenario;
let other: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
  other = await createFirmScenario();
});

async function lead() {
  return createClient(db, { firmId: s.firm.id, stage: "LEAD", managerId: s.staff.manager.id });
}

/** A started audit whose findings are all answered: the given results first, OK for the rest. */
async function answeredAudit(results: ("OK" | "ISSUE" | "CRITICAL")[] = []) {
  const client = await lead();
  const { auditId } = await startAudit({ actor: s.actors.chief }, { clientId: client.id });
  const audit = await getAudit({ actor: s.actors.chief }, { auditId });
  for (const [index, finding] of audit.findings.entries()) {
    await recordFinding({ actor: s.actors.chief }, { auditId, findingId: finding.id, result: results[index] ?? "OK", comment: `Комментарий ${index}` });
  }
  return { client, auditId, findings: audit.findings };
}

describe("starting an audit", () => {
  it("copies the template's items, sets the auditor and moves the client to AUDIT; a second open audit is refused", async () => {
    const client = await lead();
    const { auditId } = await startAudit({ actor: s.actors.chief }, { clientId: client.id });
    const audit = await getAudit({ actor: s.actors.manager }, { auditId });
    expect(audit).toMatchObject({ status: "IN_PROGRESS", auditorId: s.staff.chief.id, client: { stage: "AUDIT" } });
    expect(audit.findings.map((f) => f.title)).toEqual(s.auditTemplate.items.sort((a, b) => a.position - b.position).map((i) => i.title));
    await expect(startAudit({ actor: s.actors.manager }, { clientId: client.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "audits.errors.auditOpen" });
    expect(await auditsOfClient({ actor: s.actors.admin }, { clientId: client.id })).toHaveLength(1);
  });

  it("keeps other firms and roles out", async () => {
    const client = await lead();
    await expect(startAudit({ actor: other.actors.admin }, { clientId: client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(s.actors.operator).office.audits.start({ clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { auditId } = await startAudit({ actor: s.actors.manager }, { clientId: client.id });
    await expect(getAudit({ actor: other.actors.admin }, { auditId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(s.actors.operator).office.audits.get({ auditId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(s.actors.chief).office.audits.decide({ auditId, decision: "ACCEPT" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is refused once the client is past the audit", async () => {
    const client = await createClient(db, { firmId: s.firm.id, stage: "TRANSITION", managerId: s.staff.manager.id });
    await expect(startAudit({ actor: s.actors.manager }, { clientId: client.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "audits.errors.wrongStage" });
  });
});

describe("deciding", () => {
  it("needs every finding answered", async () => {
    const client = await lead();
    const { auditId } = await startAudit({ actor: s.actors.manager }, { clientId: client.id });
    await expect(decideAudit({ actor: s.actors.manager }, { auditId, decision: "ACCEPT" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "audits.errors.findingsUnanswered" });
  });

  it("ACCEPT generates a DRAFT program from the template and moves the client to TRANSITION; findings are then frozen", async () => {
    const { client, auditId, findings } = await answeredAudit();
    const { programId } = await decideAudit({ actor: s.actors.manager }, { auditId, decision: "ACCEPT", note: "Берём" });
    const program = await db.transitionProgram.findUniqueOrThrow({ where: { id: programId! }, include: { tasks: true } });
    expect(program).toMatchObject({ status: "DRAFT", auditId, clientId: client.id, managerId: s.staff.manager.id, groupId: null });
    expect(program.tasks).toHaveLength(STANDARD_PROGRAM_TASKS.length);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).stage).toBe("TRANSITION");
    await expect(recordFinding({ actor: s.actors.manager }, { auditId, findingId: findings[0]!.id, result: "CRITICAL" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("two decisions at the same moment make exactly one program", async () => {
    const { client, auditId } = await answeredAudit();
    const results = await Promise.allSettled([
      decideAudit({ actor: s.actors.manager }, { auditId, decision: "ACCEPT" }),
      decideAudit({ actor: s.actors.admin }, { auditId, decision: "ACCEPT_WITH_REMEDIATION" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "audits.errors.alreadyDecided" });
    expect(await db.transitionProgram.count({ where: { clientId: client.id } })).toBe(1);
  });

  it("ACCEPT_WITH_REMEDIATION adds one chief-accountant task per ISSUE or CRITICAL finding, after the template's tasks", async () => {
    const { auditId, findings } = await answeredAudit(["ISSUE", "OK", "CRITICAL"]);
    const { programId } = await decideAudit({ actor: s.actors.admin }, { auditId, decision: "ACCEPT_WITH_REMEDIATION" });
    const tasks = await db.programTask.findMany({ where: { programId: programId! }, orderBy: { position: "asc" } });
    const remediation = tasks.filter((t) => t.kind === "remediation");
    expect(remediation.map((t) => t.title)).toEqual([`Устранение: ${findings[0]!.title}`, `Устранение: ${findings[2]!.title}`]);
    expect(remediation.every((t) => t.responsibleRole === "CHIEF_ACCOUNTANT" && t.assigneeId === null)).toBe(true);
    expect(tasks.slice(0, STANDARD_PROGRAM_TASKS.length).every((t) => t.kind !== "remediation")).toBe(true);
  });

  it("REFUSE needs a note, makes the client REFUSED and sends the refusal letter to its persons", async () => {
    const { client, auditId } = await answeredAudit(["CRITICAL"]);
    const person = await createAuthorizedPerson(db, { clientId: client.id });
    await expect(decideAudit({ actor: s.actors.manager }, { auditId, decision: "REFUSE", note: " " })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { note: ["audits.errors.noteRequired"] } });
    const result = await decideAudit({ actor: s.actors.manager }, { auditId, decision: "REFUSE", note: "Невосстановимые остатки" });
    expect(result.programId).toBeNull();
    expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({ stage: "REFUSED", refusalReason: "Невосстановимые остатки" });
    const letters = await db.emailOutbox.findMany({ where: { recipient: person.email, template: "refusal" } });
    expect(letters).toHaveLength(1);
    expect(letters[0]!.data).toMatchObject({ kind: "outsourcer" });
    expect(await db.transitionProgram.count({ where: { clientId: client.id } })).toBe(0);
  });
});

describe("the audit template", () => {
  it("is edited by an ADMIN only; audits already started keep their own findings", async () => {
    const { auditId, findings } = await answeredAudit();
    const current = (await getAuditTemplate({ actor: s.actors.manager }))!;
    const [first, , ...rest] = current.items;
    await updateAuditTemplate({ actor: s.actors.admin }, { items: [{ title: "Новый пункт", description: "Проверить кассу" }, { id: first!.id, title: "Переименован" }, ...rest.map((i) => ({ id: i.id, title: i.title }))] });
    const after = (await getAuditTemplate({ actor: s.actors.admin }))!;
    expect(after.items.map((i) => i.title).slice(0, 2)).toEqual(["Новый пункт", "Переименован"]);
    expect(after.items).toHaveLength(current.items.length);
    expect((await getAudit({ actor: s.actors.admin }, { auditId })).findings.map((f) => f.title)).toEqual(findings.map((f) => f.title));
    await expect(callerFor(s.actors.manager).office.auditTemplates.update({ items: [{ title: "x" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getAuditTemplate({ actor: other.actors.admin }))!.items.map((i) => i.title)).not.toContain("Новый пункт");
  });
});
