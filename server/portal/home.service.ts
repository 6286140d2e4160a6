// The portal home: the transition at a glance (status, percent, window, timeline with who is responsible) and the team.
import { differenceInCalendarDays } from "date-fns";
import { db } from "@/server/db";
import type { TaskRole } from "@/server/generated/prisma/enums";
import { isOverdue, progressOf } from "@/server/programs/programs.service";
import { PASSWORD_RESET_KIND, type PortalCtx } from "./context";

const contact = { select: { role: true, phone: true, active: true, user: { select: { name: true, email: true } } } } as const;

export type TimelineStatus = "done" | "inProgress" | "upcoming" | "overdue";
export type TeamRole = "MANAGER" | "CHIEF_ACCOUNTANT" | "ACCOUNTANT" | "OPERATOR";
export type TeamMember = { role: TeamRole; name: string; email: string; phone: string | null };

type Contact = { phone: string | null; active: boolean; user: { name: string | null; email: string } };

const toMember = (role: TeamRole, staff: Contact): TeamMember => ({ role, name: staff.user.name ?? staff.user.email, email: staff.user.email, phone: staff.phone });
const ROLE_ORDER: TeamRole[] = ["MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"];

function timelineStatus(task: { status: string; dueDate: Date | null }, now: Date): TimelineStatus {
  if (task.status === "DONE") return "done";
  if (isOverdue(task, now)) return "overdue";
  return task.status === "TODO" ? "upcoming" : "inProgress";
}

/** One query: the client, its newest program with tasks, manager and group. */
export async function portalHome({ membership, tx = db, now = new Date() }: PortalCtx) {
  const client = await tx.client.findUniqueOrThrow({
    where: { id: membership.clientId },
    select: {
      id: true,
      name: true,
      stage: true,
      firm: { select: { name: true } },
      manager: contact,
      programs: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          status: true,
          approvedFrom: true,
          windowStart: true,
          windowEnd: true,
          completedAt: true,
          manager: contact,
          group: { select: { members: { select: { groupRole: true, staff: contact } } } },
          tasks: {
            where: { OR: [{ kind: null }, { kind: { not: PASSWORD_RESET_KIND } }] },
            orderBy: { position: "asc" },
            select: { id: true, title: true, description: true, responsibleRole: true, status: true, dueDate: true, completedAt: true, assignee: contact },
          },
        },
      },
    },
  });
  const program = client.programs[0] ?? null;
  const manager = program?.manager ?? client.manager;
  const members = (program?.group?.members ?? []).filter((m) => m.staff.active);
  const team = [
    ...(manager?.active ? [toMember("MANAGER", manager)] : []),
    ...members.map((m) => toMember(m.groupRole, m.staff)),
  ].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const base = { client: { id: client.id, name: client.name, stage: client.stage, firmName: client.firm.name }, team };

  if (client.stage === "REFUSED" || program?.status === "REFUSED_BY_CLIENT" || program?.status === "REFUSED_BY_OUTSOURCER") {
    return { ...base, state: "refused" as const, program: null };
  }
  if (!program || program.status === "DRAFT") return { ...base, state: "preparing" as const, program: null };

  const nameFor = (role: TaskRole, assignee: Contact | null): string | null => {
    if (assignee) return assignee.user.name ?? assignee.user.email;
    if (role === "MANAGER") return manager ? (manager.user.name ?? manager.user.email) : null;
    const member = members.find((m) => m.groupRole === role);
    return member ? (member.staff.user.name ?? member.staff.user.email) : null;
  };
  const timeline = program.tasks.map((task) => ({
    id: task.id,
    title: task.title,
    description: task.description,
    status: timelineStatus(task, now),
    dueDate: task.dueDate,
    completedAt: task.completedAt,
    responsible:
      task.responsibleRole === "CLIENT"
        ? { kind: "you" as const }
        : { kind: "firm" as const, role: task.responsibleRole, name: nameFor(task.responsibleRole, task.assignee) },
  }));
  return {
    ...base,
    state: program.status === "COMPLETED" ? ("completed" as const) : ("active" as const),
    program: {
      status: program.status,
      approvedFrom: program.approvedFrom,
      windowStart: program.windowStart,
      windowEnd: program.windowEnd,
      completedAt: program.completedAt,
      daysLeft: program.windowEnd ? differenceInCalendarDays(program.windowEnd, now) : null,
      progress: progressOf(program.tasks),
      timeline,
    },
  };
}
