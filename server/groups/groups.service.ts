// Working groups of the actor's firm: read by pages with load and composition check; ADMIN creates, renames, sets capacity and members.
import type { z } from "zod";
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { countRoles, groupLoads, missingMembers, parseComposition, type Composition } from "./load";
import { pageOf } from "@/server/choice-list";
import { compositionInput, createGroupInput, groupListInput, memberInput, removeMemberInput, updateGroupInput, type GroupListInput } from "./groups.schema";

type Opts = { actor: StaffActor; tx?: Tx };

const memberSelect = {
  staffId: true,
  groupRole: true,
  staff: { select: { role: true, active: true, user: { select: { name: true, email: true } } } },
} as const;

/** The firm's standard composition (role -> head count). */
export async function firmComposition(tx: Tx, firmId: string): Promise<Composition> {
  const firm = await tx.firm.findUniqueOrThrow({ where: { id: firmId }, select: { groupComposition: true } });
  return parseComposition(firm.groupComposition);
}

/**
 * The firm's standard composition and its groups matching `where` (members, capacity, load, what each lacks against
 * the standard), read in one statement through the firm, plus one for the loads.
 */
async function groupsWithLoad(tx: Tx, actor: StaffActor, where: Prisma.WorkingGroupWhereInput, take?: number) {
  const firm = await tx.firm.findUniqueOrThrow({
    where: { id: staffFirmScope(actor).firmId },
    select: {
      groupComposition: true,
      workingGroups: {
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
        select: { id: true, name: true, capacity: true, members: { orderBy: [{ groupRole: "asc" }, { createdAt: "asc" }], select: memberSelect } },
      },
    },
  });
  const composition = parseComposition(firm.groupComposition);
  const loads = await groupLoads(tx, firm.workingGroups.map((g) => g.id));
  const groups = firm.workingGroups.map((group) => {
    const missing = missingMembers(composition, countRoles(group.members));
    const load = loads.get(group.id) ?? 0;
    return { ...group, load, missing, complete: Object.keys(missing).length === 0, full: load >= group.capacity };
  });
  return { composition, groups };
}

/** Keyset pagination in (name, id) order: groups after the cursor's. */
async function afterCursor(tx: Tx, actor: StaffActor, cursor: string | undefined): Promise<Prisma.WorkingGroupWhereInput> {
  if (!cursor) return {};
  const row = await tx.workingGroup.findFirst({ where: { id: cursor, ...staffFirmScope(actor) }, select: { id: true, name: true } });
  if (!row) return { id: "__no_such_cursor__" };
  return { OR: [{ name: { gt: row.name } }, { name: row.name, id: { gt: row.id } }] };
}

/** The firm's standard composition and one page of its groups by name, optionally those whose name has `search`. */
export async function listGroups({ actor, tx = db }: Opts, rawInput?: GroupListInput) {
  const input = groupListInput.parse(rawInput);
  const where: Prisma.WorkingGroupWhereInput = {
    AND: [input.search ? { name: { contains: input.search, mode: "insensitive" } } : {}, await afterCursor(tx, actor, input.cursor)],
  };
  const { composition, groups } = await groupsWithLoad(tx, actor, where, input.limit + 1);
  return { composition, ...pageOf(groups, input.limit) };
}

export async function getGroup({ actor, tx = db }: Opts, groupId: string) {
  const { composition, groups } = await groupsWithLoad(tx, actor, { id: groupId });
  const group = groups[0];
  if (!group) throw notFound("group");
  return { composition, group };
}

async function groupInFirm(tx: Tx, actor: StaffActor, groupId: string) {
  const group = await tx.workingGroup.findFirst({ where: { id: groupId, ...staffFirmScope(actor) }, select: { id: true, name: true, capacity: true, firmId: true } });
  if (!group) throw notFound("group");
  return group;
}

async function assertNameFree(tx: Tx, actor: StaffActor, name: string, exceptId?: string) {
  const clash = await tx.workingGroup.findFirst({ where: { ...staffFirmScope(actor), name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (clash) throw new AppError("CONFLICT", "groups.errors.nameTaken", { fieldErrors: { name: ["groups.errors.nameTaken"] } });
}

export async function createGroup({ actor }: Opts, raw: z.input<typeof createGroupInput>) {
  const input = createGroupInput.parse(raw);
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, actor, input.name);
    const group = await tx.workingGroup.create({ data: { firmId: actor.firmId, name: input.name, capacity: input.capacity } });
    await logActivity(tx, actor, { firmId: actor.firmId, action: "group.created", subjectType: "WorkingGroup", subjectId: group.id, data: { name: group.name, capacity: group.capacity } });
    return { groupId: group.id };
  });
}

export async function updateGroup({ actor }: Opts, raw: z.input<typeof updateGroupInput>) {
  const input = updateGroupInput.parse(raw);
  return db.$transaction(async (tx) => {
    const group = await groupInFirm(tx, actor, input.groupId);
    if (input.name !== undefined) await assertNameFree(tx, actor, input.name, group.id);
    const data = { name: input.name ?? group.name, capacity: input.capacity ?? group.capacity };
    await tx.workingGroup.update({ where: { id: group.id }, data });
    await logActivity(tx, actor, { firmId: group.firmId, action: "group.updated", subjectType: "WorkingGroup", subjectId: group.id, data: { before: { name: group.name, capacity: group.capacity }, after: data } });
    return { groupId: group.id };
  });
}

/** Adds an active staff member of the firm whose staff role is the group role. */
export async function addMember({ actor }: Opts, raw: z.input<typeof memberInput>) {
  const input = memberInput.parse(raw);
  return db.$transaction(async (tx) => {
    const group = await groupInFirm(tx, actor, input.groupId);
    const staff = await tx.staffMember.findFirst({ where: { id: input.staffId, ...staffFirmScope(actor) }, select: { id: true, role: true, active: true } });
    if (!staff) throw notFound("staff");
    if (!staff.active) throw new AppError("PRECONDITION_FAILED", "groups.errors.memberInactive", { fieldErrors: { staffId: ["groups.errors.memberInactive"] } });
    if (staff.role !== input.groupRole) throw new AppError("BAD_REQUEST", "groups.errors.roleMismatch", { fieldErrors: { groupRole: ["groups.errors.roleMismatch"] } });
    const existing = await tx.workingGroupMember.findUnique({ where: { groupId_staffId: { groupId: group.id, staffId: staff.id } } });
    if (existing) throw new AppError("CONFLICT", "groups.errors.alreadyMember", { fieldErrors: { staffId: ["groups.errors.alreadyMember"] } });
    await tx.workingGroupMember.create({ data: { groupId: group.id, staffId: staff.id, groupRole: input.groupRole } });
    await logActivity(tx, actor, { firmId: group.firmId, action: "group.memberAdded", subjectType: "WorkingGroup", subjectId: group.id, data: { staffId: staff.id, groupRole: input.groupRole } });
    return { groupId: group.id };
  });
}

/** Removes a member; tasks already assigned to them stay until handed over or reassigned. */
export async function removeMember({ actor }: Opts, raw: z.input<typeof removeMemberInput>) {
  const input = removeMemberInput.parse(raw);
  return db.$transaction(async (tx) => {
    const group = await groupInFirm(tx, actor, input.groupId);
    const { count } = await tx.workingGroupMember.deleteMany({ where: { groupId: group.id, staffId: input.staffId } });
    if (count === 0) throw notFound("member");
    await logActivity(tx, actor, { firmId: group.firmId, action: "group.memberRemoved", subjectType: "WorkingGroup", subjectId: group.id, data: { staffId: input.staffId } });
    return { groupId: group.id };
  });
}

export async function setComposition({ actor }: Opts, raw: z.input<typeof compositionInput>) {
  const input = compositionInput.parse(raw);
  if (input.CHIEF_ACCOUNTANT + input.ACCOUNTANT + input.OPERATOR === 0) {
    throw new AppError("BAD_REQUEST", "groups.errors.compositionEmpty", { fieldErrors: { OPERATOR: ["groups.errors.compositionEmpty"] } });
  }
  return db.$transaction(async (tx) => {
    const before = await firmComposition(tx, actor.firmId);
    await tx.firm.update({ where: { id: actor.firmId }, data: { groupComposition: input } });
    await logActivity(tx, actor, { firmId: actor.firmId, action: "group.compositionChanged", subjectType: "Firm", subjectId: actor.firmId, data: { before, after: input } });
    return { composition: input };
  });
}
