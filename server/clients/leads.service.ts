// Leads: create a prospect, edit its requisites and contacts, take a refused client again as a new lead.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope, staffFirmScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { clientIdInput, clientUpdateInput, type ClientUpdateInput, type LeadFieldsInput } from "./clients.schema";
import { parseLeadFields, type LeadFields } from "./lead-fields";

type Opts = { actor: StaffActor };

/** A MANAGER manages what they create; an ADMIN may pick any active MANAGER of the firm (or nobody). */
async function resolveManager(tx: Tx, actor: StaffActor, managerId: string | null): Promise<string | null> {
  if (actor.role === "MANAGER") {
    if (managerId && managerId !== actor.staffId) throw managerError();
    return actor.staffId;
  }
  if (!managerId) return null;
  const manager = await tx.staffMember.findFirst({ where: { ...staffFirmScope(actor), id: managerId, role: "MANAGER", active: true }, select: { id: true } });
  if (!manager) throw managerError();
  return manager.id;
}

const managerError = () => new AppError("BAD_REQUEST", "leads.errors.invalidFields", { fieldErrors: { managerId: ["leads.errors.managerInvalid"] } });

/**
 * Refuses an INN another client of the firm already has (CONFLICT with the existing client's id). A lock on the
 * firm's INN serializes two creations of the same INN, since the schema has no unique index for it.
 */
async function assertInnFree(tx: Tx, firmId: string, inn: string, exceptClientId?: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`client-inn:${firmId}:${inn}`}))`;
  const existing = await tx.client.findFirst({
    where: { firmId, inn, ...(exceptClientId ? { id: { not: exceptClientId } } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, stage: true, name: true },
  });
  if (!existing) return;
  const refused = existing.stage === "REFUSED";
  throw new AppError("CONFLICT", refused ? "leads.errors.duplicateInnRefused" : "leads.errors.duplicateInn", {
    fieldErrors: { inn: [refused ? "leads.errors.duplicateInnRefused" : "leads.errors.duplicateInn"] },
    details: { existingClientId: existing.id, existingStage: existing.stage },
  });
}

function activityData(fields: LeadFields) {
  return { name: fields.name, inn: fields.inn, kpp: fields.kpp, ogrn: fields.ogrn, taxRegime: fields.taxRegime, managerId: fields.managerId };
}

/** A new LEAD of the actor's firm. */
export async function createLead({ actor }: Opts, raw: LeadFieldsInput) {
  const fields = parseLeadFields(raw);
  return db.$transaction(async (tx) => {
    const firmId = staffFirmScope(actor).firmId;
    const managerId = await resolveManager(tx, actor, fields.managerId);
    await assertInnFree(tx, firmId, fields.inn);
    const client = await tx.client.create({ data: { ...fields, managerId, firmId, stage: "LEAD" }, select: { id: true } });
    await logActivity(tx, actor, { firmId, clientId: client.id, action: "client.created", subjectType: "Client", subjectId: client.id, data: activityData({ ...fields, managerId }) });
    return { clientId: client.id };
  });
}

/** Requisites, contacts and manager of a client in scope. */
export async function updateClient({ actor }: Opts, raw: ClientUpdateInput) {
  const { clientId } = clientIdInput.parse(raw);
  await clientInScope(db, actor, clientId);
  const fields = parseLeadFields(clientUpdateInput.parse(raw));
  return db.$transaction(async (tx) => {
    const client = await clientInScope(tx, actor, clientId);
    const managerId = await resolveManager(tx, actor, fields.managerId);
    if (fields.inn !== client.inn) await assertInnFree(tx, client.firmId, fields.inn, client.id);
    await tx.client.update({ where: { id: client.id }, data: { ...fields, managerId } });
    await logActivity(tx, actor, { firmId: client.firmId, clientId: client.id, action: "client.updated", subjectType: "Client", subjectId: client.id, data: activityData({ ...fields, managerId }) });
    return { clientId: client.id };
  });
}

/** REFUSED -> LEAD: the old audits, refused programs and activity stay with the client. */
export async function reopenAsLead({ actor }: Opts, raw: { clientId: string }) {
  const { clientId } = clientIdInput.parse(raw);
  return db.$transaction(async (tx) => {
    const client = await clientInScope(tx, actor, clientId);
    const { count } = await tx.client.updateMany({ where: { id: client.id, stage: "REFUSED" }, data: { stage: "LEAD", refusalReason: null } });
    if (count === 0) throw new AppError("PRECONDITION_FAILED", "leads.errors.notRefused", { message: `client is ${client.stage}` });
    await logActivity(tx, actor, { firmId: client.firmId, clientId: client.id, action: "client.reopenedAsLead", subjectType: "Client", subjectId: client.id, data: { previousRefusalReason: client.refusalReason } });
    return { clientId: client.id };
  });
}

async function clientInScope(tx: Tx, actor: StaffActor, clientId: string) {
  const client = await tx.client.findFirst({ where: { AND: [staffClientScope(actor), { id: clientId }] } });
  if (!client) throw notFound("client");
  return client;
}
