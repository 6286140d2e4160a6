// The audit's decision: accept (the transition program is generated in the same transaction), accept with
// remediation (plus one task per problem found), or outsourcer refusal. A second decision never makes a second program.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { notifyClientPersons } from "@/server/notifications/notify";
import { deliverSoon } from "@/server/mail/send";
import { generateProgram } from "@/server/programs/generate";
import { decideInput, REMEDIATION_DAY_OFFSET, type DecideInput } from "./audits.schema";
import { auditClosed, auditInScope, lockAudit } from "./audits.service";

type Opts = { actor: StaffActor };
type Audit = Awaited<ReturnType<typeof auditInScope>>;

async function createProgramFor(tx: Tx, audit: Audit, withRemediation: boolean) {
  const template = await tx.programTemplate.findFirst({ where: { firmId: audit.client.firmId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: { id: true } });
  if (!template) throw new AppError("PRECONDITION_FAILED", "audits.errors.noProgramTemplate");
  const program = await generateProgram(tx, { clientId: audit.clientId, templateId: template.id, auditId: audit.id, managerId: audit.client.managerId, groupId: null, windowStart: null });
  if (withRemediation) {
    const problems = audit.findings.filter((f) => f.result === "ISSUE" || f.result === "CRITICAL");
    const after = Math.max(-1, ...program.tasks.map((t) => t.position)) + 1;
    await tx.programTask.createMany({
      data: problems.map((finding, index) => ({
        programId: program.id,
        title: `Устранение: ${finding.title}`,
        description: finding.comment,
        responsibleRole: "CHIEF_ACCOUNTANT" as const,
        kind: "remediation",
        position: after + index,
        dayOffset: REMEDIATION_DAY_OFFSET,
      })),
    });
  }
  return program.id;
}

async function refuse(tx: Tx, actor: StaffActor, audit: Audit, reason: string) {
  await tx.client.update({ where: { id: audit.clientId }, data: { stage: "REFUSED", refusalReason: reason } });
  await notifyClientPersons(tx, {
    firmId: audit.client.firmId,
    clientId: audit.clientId,
    event: "refused-by-outsourcer",
    eventKey: `refused:audit:${audit.id}`,
    data: { clientName: audit.client.name, firmName: audit.client.firm.name },
  });
  await logActivity(tx, actor, { firmId: audit.client.firmId, clientId: audit.clientId, action: "client.refusedByOutsourcer", subjectType: "ExpressAudit", subjectId: audit.id, data: { reason } });
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/** Completes the audit with a decision; the audit row is locked so two decisions at once make one program. */
export async function decideAudit({ actor }: Opts, raw: DecideInput) {
  const input = decideInput.parse(raw);
  const note = input.note ? input.note : null;
  if (input.decision === "REFUSE" && !note) {
    throw new AppError("BAD_REQUEST", "audits.errors.noteRequired", { fieldErrors: { note: ["audits.errors.noteRequired"] } });
  }
  try {
    const result = await db.$transaction(async (tx) => {
      const scoped = await auditInScope(tx, actor, input.auditId);
      if ((await lockAudit(tx, scoped.id)) !== "IN_PROGRESS") throw auditClosed();
      const audit = await auditInScope(tx, actor, scoped.id);
      const unanswered = audit.findings.filter((f) => f.result === null).length;
      if (unanswered > 0) throw new AppError("PRECONDITION_FAILED", "audits.errors.findingsUnanswered", { details: { unanswered } });
      let programId: string | null = null;
      if (input.decision === "REFUSE") await refuse(tx, actor, audit, note ?? "");
      else {
        programId = await createProgramFor(tx, audit, input.decision === "ACCEPT_WITH_REMEDIATION");
        await tx.client.update({ where: { id: audit.clientId }, data: { stage: "TRANSITION" } });
      }
      await tx.expressAudit.update({ where: { id: audit.id }, data: { status: "COMPLETED", decision: input.decision, decisionNote: note, completedAt: new Date() } });
      await logActivity(tx, actor, { firmId: audit.client.firmId, clientId: audit.clientId, action: "audit.decided", subjectType: "ExpressAudit", subjectId: audit.id, data: { decision: input.decision, note, programId } });
      return { auditId: audit.id, decision: input.decision, programId };
    });
    if (input.decision === "REFUSE") void deliverSoon();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw auditClosed();
    throw error;
  }
}
