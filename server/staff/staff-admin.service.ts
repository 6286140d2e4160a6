// ADMIN actions on staff: change role, deactivate, reactivate, hand over open work; the firm always keeps an active ADMIN.
import type { z } from "zod";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { OPEN_PROGRAM_STATUSES } from "@/server/programs/access";
import type { StaffRole, TaskRole } from "@/server/generated/prisma/enums";
import { hasOpenWork, MANAGING_ROLES, openWorkOf, workBlockingRole } from "./open-work";
import { changeRoleInput, handOverInput } from "./staff.schema";

type Opts = { actor: StaffActor };

async function staffInFirm(tx: Tx, actor: StaffActor, staffId: string) {
  const staff = await tx.staffMember.findFirst({ where: { id: staffId, ...staffFirmScope(actor) }, select: { id: true, role: true, active: true, firmId: true } });
  if (!staff) throw notFound("staff");
  return staff;
}

/** Serializes changes that could leave the firm without an active ADMIN, then refuses the last one's removal. */
async function assertNotLastAdmin(tx: Tx, staff: { id: string; role: StaffRole; active: boolean; firmId: string }) {
  if (staff.role !== "ADMIN" || !staff.active) return;
  await tx.$queryRaw`SELECT id FROM "Firm" WHERE id = ${staff.firmId} FOR UPDATE`;
  const others = await tx.staffMember.count({ where: { firmId: staff.firmId, role: "ADMIN", active: true, id: { not: staff.id } } });
  if (others === 0) throw new AppError("PRECONDITION_FAILED", "staffAdmin.errors.lastAdmin");
}

function refuseSelf(actor: StaffActor, staffId: string, messageKey: string) {
  if (actor.staffId === staffId) throw new AppError("PRECONDITION_FAILED", messageKey);
}

export async function changeRole({ actor }: Opts, raw: z.input<typeof changeRoleInput>) {
  const input = changeRoleInput.parse(raw);
  refuseSelf(actor, input.staffId, "staffAdmin.errors.ownRole");
  return db.$transaction(async (tx) => {
    const staff = await staffInFirm(tx, actor, input.staffId);
    if (staff.role === input.role) return { staffId: staff.id };
    await assertNotLastAdmin(tx, staff);
    const blocking = workBlockingRole(await openWorkOf(tx, staff.id), input.role);
    if (Object.keys(blocking).length > 0) throw new AppError("PRECONDITION_FAILED", "staffAdmin.errors.roleBlockedByWork", { details: blocking });
    await tx.staffMember.update({ where: { id: staff.id }, data: { role: input.role } });
    await logActivity(tx, actor, { firmId: staff.firmId, action: "staff.roleChanged", subjectType: "StaffMember", subjectId: staff.id, data: { from: staff.role, to: input.role } });
    return { staffId: staff.id };
  });
}

/** Refused while they still have open work (listed in `details`), for yourself, and for the last active ADMIN. */
export async function deactivateStaff({ actor }: Opts, staffId: string) {
  refuseSelf(actor, staffId, "staffAdmin.errors.deactivateSelf");
  return db.$transaction(async (tx) => {
    const staff = await staffInFirm(tx, actor, staffId);
    if (!staff.active) return { staffId: staff.id };
    await assertNotLastAdmin(tx, staff);
    const work = await openWorkOf(tx, staff.id);
    if (hasOpenWork(work)) throw new AppError("PRECONDITION_FAILED", "staffAdmin.errors.openWork", { details: work });
    await tx.staffMember.update({ where: { id: staff.id }, data: { active: false } });
    await tx.session.deleteMany({ where: { user: { staffMember: { id: staff.id } } } });
    await logActivity(tx, actor, { firmId: staff.firmId, action: "staff.deactivated", subjectType: "StaffMember", subjectId: staff.id });
    return { staffId: staff.id };
  });
}

export async function reactivateStaff({ actor }: Opts, staffId: string) {
  return db.$transaction(async (tx) => {
    const staff = await staffInFirm(tx, actor, staffId);
    if (staff.active) return { staffId: staff.id };
    await tx.staffMember.update({ where: { id: staff.id }, data: { active: true } });
    await logActivity(tx, actor, { firmId: staff.firmId, action: "staff.reactivated", subjectType: "StaffMember", subjectId: staff.id });
    return { staffId: staff.id };
  });
}

/**
 * Moves everything open from one person to another in one transaction: managed clients and open programs (to a
 * MANAGER or ADMIN), not-DONE tasks of open programs (to someone who can take them: the same role, or a manager
 * for MANAGER tasks), and group places (to someone whose role is the group role).
 */
export async function handOver({ actor }: Opts, raw: z.input<typeof handOverInput>) {
  const input = handOverInput.parse(raw);
  if (input.staffId === input.toStaffId) throw new AppError("BAD_REQUEST", "staffAdmin.errors.handOverSame", { fieldErrors: { toStaffId: ["staffAdmin.errors.handOverSame"] } });
  return db.$transaction(async (tx) => {
    const from = await staffInFirm(tx, actor, input.staffId);
    const to = await staffInFirm(tx, actor, input.toStaffId);
    if (!to.active) throw new AppError("PRECONDITION_FAILED", "staffAdmin.errors.handOverInactive", { fieldErrors: { toStaffId: ["staffAdmin.errors.handOverInactive"] } });
    const work = await openWorkOf(tx, from.id);
    const managed = work.clients.length + work.programs.length > 0;
    if (managed && !MANAGING_ROLES.includes(to.role)) throw roleRefusal("staffAdmin.errors.handOverManager");
    const openTasks = { assigneeId: from.id, status: { not: "DONE" as const }, program: { status: { in: [...OPEN_PROGRAM_STATUSES] } } };
    if (to.role !== from.role) {
      const takeable: TaskRole[] = to.role === "ADMIN" || to.role === "MANAGER" ? ["MANAGER"] : [to.role];
      const untakeable = await tx.programTask.count({ where: { ...openTasks, responsibleRole: { notIn: takeable } } });
      if (untakeable > 0) throw roleRefusal("staffAdmin.errors.handOverRole");
      if (work.groups.some((g) => g.groupRole !== to.role)) throw roleRefusal("staffAdmin.errors.handOverRole");
    }
    const clients = await tx.client.updateMany({ where: { managerId: from.id, stage: { not: "REFUSED" } }, data: { managerId: to.id } });
    const programs = await tx.transitionProgram.updateMany({ where: { managerId: from.id, status: { in: [...OPEN_PROGRAM_STATUSES] } }, data: { managerId: to.id } });
    const tasks = await tx.programTask.updateMany({ where: openTasks, data: { assigneeId: to.id } });
    for (const place of work.groups) {
      const already = await tx.workingGroupMember.findUnique({ where: { groupId_staffId: { groupId: place.id, staffId: to.id } } });
      if (already) await tx.workingGroupMember.delete({ where: { groupId_staffId: { groupId: place.id, staffId: from.id } } });
      else await tx.workingGroupMember.update({ where: { groupId_staffId: { groupId: place.id, staffId: from.id } }, data: { staffId: to.id } });
    }
    const moved = { clients: clients.count, programs: programs.count, tasks: tasks.count, groups: work.groups.length };
    await logActivity(tx, actor, { firmId: from.firmId, action: "staff.handedOver", subjectType: "StaffMember", subjectId: from.id, data: { toStaffId: to.id, ...moved } });
    return { staffId: from.id, moved };
  });
}

function roleRefusal(messageKey: string) {
  return new AppError("PRECONDITION_FAILED", messageKey, { fieldErrors: { toStaffId: [messageKey] } });
}
