// Express audits: start one from the firm's template, read them, record each finding; always inside the client scope.
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { auditClientInput, auditIdInput, recordFindingInput, type RecordFindingInput } from "./audits.schema";

type Opts = { actor: StaffActor; tx?: Tx };

const auditInclude = {
  client: { select: { id: true, name: true, inn: true, kpp: true, ogrn: true, stage: true, taxRegime: true, firmId: true, managerId: true, firm: { select: { name: true } } } },
  auditor: { select: { id: true, user: { select: { name: true, email: true } } } },
  findings: { orderBy: { position: "asc" as const } },
  program: { select: { id: true, status: true } },
};

/** The audit if its client is in the actor's scope, else NOT_FOUND. */
export async function auditInScope(tx: Tx, actor: StaffActor, auditId: string) {
  const audit = await tx.expressAudit.findFirst({ where: { id: auditId, client: staffClientScope(actor) }, include: auditInclude });
  if (!audit) throw notFound("audit");
  return audit;
}

/** Takes the audit's row lock and returns its status as committed by anyone before us. */
export async function lockAudit(tx: Tx, auditId: string): Promise<string> {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "ExpressAudit" WHERE id = ${auditId} FOR UPDATE`;
  const status = rows[0]?.status;
  if (!status) throw notFound("audit");
  return status;
}

export function auditClosed(): AppError {
  return new AppError("PRECONDITION_FAILED", "audits.errors.alreadyDecided", { message: "the audit is already decided" });
}

/** LEAD -> AUDIT: copies the firm's default template items into findings; one open audit per client. */
export async function startAudit({ actor }: Opts, raw: { clientId: string }) {
  const { clientId } = auditClientInput.parse(raw);
  return db.$transaction(async (tx) => {
    const client = await tx.client.findFirst({ where: { AND: [staffClientScope(actor), { id: clientId }] }, select: { id: true, firmId: true } });
    if (!client) throw notFound("client");
    const [locked] = await tx.$queryRaw<{ stage: string }[]>`SELECT stage::text AS stage FROM "Client" WHERE id = ${client.id} FOR UPDATE`;
    if (locked?.stage !== "LEAD" && locked?.stage !== "AUDIT") throw new AppError("PRECONDITION_FAILED", "audits.errors.wrongStage", { message: `client is ${locked?.stage}` });
    const open = await tx.expressAudit.findFirst({ where: { clientId: client.id, status: "IN_PROGRESS" }, select: { id: true } });
    if (open) throw new AppError("PRECONDITION_FAILED", "audits.errors.auditOpen", { details: { auditId: open.id } });
    const template = await tx.auditTemplate.findFirst({
      where: { firmId: client.firmId },
      orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
      include: { items: { orderBy: { position: "asc" } } },
    });
    if (!template || template.items.length === 0) throw new AppError("PRECONDITION_FAILED", "audits.errors.noTemplate");
    const audit = await tx.expressAudit.create({
      data: {
        clientId: client.id,
        templateId: template.id,
        auditorId: actor.staffId,
        findings: { create: template.items.map((item, position) => ({ title: item.title, position })) },
      },
      select: { id: true },
    });
    await tx.client.update({ where: { id: client.id }, data: { stage: "AUDIT" } });
    await logActivity(tx, actor, { firmId: client.firmId, clientId: client.id, action: "audit.started", subjectType: "ExpressAudit", subjectId: audit.id, data: { templateId: template.id } });
    return { auditId: audit.id };
  });
}

export async function getAudit({ actor, tx = db }: Opts, raw: { auditId: string }) {
  const { auditId } = auditIdInput.parse(raw);
  return auditInScope(tx, actor, auditId);
}

/** A client's audits as the client card lists them, newest first: alone or nested in a read of the client. */
export const auditSummaryArgs = {
  orderBy: { startedAt: "desc" },
  include: { auditor: { select: { user: { select: { name: true } } } }, findings: { select: { result: true } }, program: { select: { id: true } } },
} satisfies Prisma.ExpressAuditFindManyArgs;

/** An audit read with `auditSummaryArgs`, its findings reduced to how many are answered and how many are problems. */
export function toAuditSummary({ findings, ...audit }: Prisma.ExpressAuditGetPayload<typeof auditSummaryArgs>) {
  return {
    ...audit,
    findingCount: findings.length,
    answeredCount: findings.filter((f) => f.result !== null).length,
    problemCount: findings.filter((f) => f.result === "ISSUE" || f.result === "CRITICAL").length,
  };
}

export type AuditSummary = ReturnType<typeof toAuditSummary>;

/** Every audit of a client, newest first, with how many findings are answered. */
export async function auditsOfClient({ actor, tx = db }: Opts, raw: { clientId: string }) {
  const { clientId } = auditClientInput.parse(raw);
  const client = await tx.client.findFirst({ where: { AND: [staffClientScope(actor), { id: clientId }] }, select: { id: true } });
  if (!client) throw notFound("client");
  const audits = await tx.expressAudit.findMany({ where: { clientId: client.id }, ...auditSummaryArgs });
  return audits.map(toAuditSummary);
}

/** One checklist item's result and comment, only while the audit is in progress. */
export async function recordFinding({ actor }: Opts, raw: RecordFindingInput) {
  const input = recordFindingInput.parse(raw);
  return db.$transaction(async (tx) => {
    const audit = await auditInScope(tx, actor, input.auditId);
    if ((await lockAudit(tx, audit.id)) !== "IN_PROGRESS") throw auditClosed();
    const finding = audit.findings.find((f) => f.id === input.findingId);
    if (!finding) throw notFound("finding");
    const comment = input.comment ? input.comment : null;
    const updated = await tx.auditFinding.update({ where: { id: finding.id }, data: { result: input.result, comment } });
    await logActivity(tx, actor, {
      firmId: audit.client.firmId,
      clientId: audit.clientId,
      action: "audit.findingRecorded",
      subjectType: "ExpressAudit",
      subjectId: audit.id,
      data: { findingId: finding.id, title: finding.title, result: input.result },
    });
    return updated;
  });
}
