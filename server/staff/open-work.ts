// A staff member's open work: what must be handed over before they are deactivated or change role.
import type { Tx } from "@/server/db";
import type { StaffRole, TaskRole } from "@/server/generated/prisma/enums";
import { OPEN_PROGRAM_STATUSES } from "@/server/programs/access";

const LIMIT = 100;

/**
 * Clients they manage (any stage but REFUSED), open programs (DRAFT/APPROVED) they manage, their not-DONE tasks
 * of open programs, and the working groups they belong to.
 */
export async function openWorkOf(tx: Tx, staffId: string) {
  const [clients, programs, tasks, groups] = await Promise.all([
    tx.client.findMany({ where: { managerId: staffId, stage: { not: "REFUSED" } }, orderBy: { name: "asc" }, take: LIMIT, select: { id: true, name: true } }),
    tx.transitionProgram.findMany({
      where: { managerId: staffId, status: { in: [...OPEN_PROGRAM_STATUSES] } },
      take: LIMIT,
      select: { id: true, client: { select: { name: true } } },
    }),
    tx.programTask.findMany({
      where: { assigneeId: staffId, status: { not: "DONE" }, program: { status: { in: [...OPEN_PROGRAM_STATUSES] } } },
      orderBy: [{ dueDate: "asc" }, { position: "asc" }],
      take: LIMIT,
      select: { id: true, title: true, responsibleRole: true, program: { select: { id: true, client: { select: { name: true } } } } },
    }),
    tx.workingGroupMember.findMany({ where: { staffId }, select: { groupRole: true, group: { select: { id: true, name: true } } } }),
  ]);
  return {
    clients,
    programs: programs.map((p) => ({ id: p.id, clientName: p.client.name })),
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, responsibleRole: t.responsibleRole, programId: t.program.id, clientName: t.program.client.name })),
    groups: groups.map((m) => ({ id: m.group.id, name: m.group.name, groupRole: m.groupRole })),
  };
}

export type OpenWork = Awaited<ReturnType<typeof openWorkOf>>;

export function hasOpenWork(work: OpenWork): boolean {
  return work.clients.length + work.programs.length + work.tasks.length + work.groups.length > 0;
}

/** Roles that may manage clients and programs. */
export const MANAGING_ROLES: readonly StaffRole[] = ["ADMIN", "MANAGER"];

/** Whether someone with `role` may take a task of `taskRole` (MANAGER tasks go to a manager or ADMIN). */
export function roleCanTake(role: StaffRole, taskRole: TaskRole): boolean {
  return taskRole === "MANAGER" ? MANAGING_ROLES.includes(role) : taskRole === role;
}

/** The parts of their open work a person could no longer do with `role` (role change is refused while any remain). */
export function workBlockingRole(work: OpenWork, role: StaffRole): Partial<OpenWork> {
  const blocking: Partial<OpenWork> = {};
  if (!MANAGING_ROLES.includes(role)) {
    if (work.clients.length) blocking.clients = work.clients;
    if (work.programs.length) blocking.programs = work.programs;
  }
  const tasks = work.tasks.filter((t) => !roleCanTake(role, t.responsibleRole));
  if (tasks.length) blocking.tasks = tasks;
  const groups = work.groups.filter((g) => g.groupRole !== role);
  if (groups.length) blocking.groups = groups;
  return blocking;
}
