// Builds a transition program from a program template: tasks in order, due dates from offsets, assignees from the group.
import { addDays } from "date-fns";
import type { Tx } from "@/server/db";
import type { GroupRole, TaskRole } from "@/server/generated/prisma/enums";

type GroupMember = { staffId: string; groupRole: GroupRole };

/** Picks the group member for a task role; operators take tasks in turn. */
export function assigneeFor(role: TaskRole, members: GroupMember[], managerId: string | null, operatorTurn: { next: number }): string | null {
  if (role === "CLIENT") return null;
  if (role === "MANAGER") return managerId;
  const candidates = members.filter((m) => m.groupRole === role);
  if (candidates.length === 0) return null;
  const index = role === "OPERATOR" ? operatorTurn.next++ % candidates.length : 0;
  return candidates[index]?.staffId ?? null;
}

export async function generateProgram(
  tx: Tx,
  input: { clientId: string; templateId: string; auditId?: string | null; managerId: string | null; groupId?: string | null; windowStart?: Date | null },
) {
  const template = await tx.programTemplate.findUniqueOrThrow({
    where: { id: input.templateId },
    select: { windowDays: true, tasks: { orderBy: { position: "asc" } } },
  });
  const members = input.groupId
    ? await tx.workingGroupMember.findMany({ where: { groupId: input.groupId }, orderBy: { createdAt: "asc" }, select: { staffId: true, groupRole: true } })
    : [];
  const start = input.windowStart ?? null;
  const turn = { next: 0 };
  const program = await tx.transitionProgram.create({
    data: {
      clientId: input.clientId,
      auditId: input.auditId ?? null,
      templateId: input.templateId,
      managerId: input.managerId,
      groupId: input.groupId ?? null,
      status: start ? "APPROVED" : "DRAFT",
      approvedFrom: start,
      windowStart: start,
      windowEnd: start ? addDays(start, template.windowDays) : null,
    },
  });
  // One multi-row INSERT ... RETURNING in template order: a nested create would read the program back in one more round trip.
  const tasks = await tx.programTask.createManyAndReturn({
    data: template.tasks.map((task) => ({
      programId: program.id,
      title: task.title,
      description: task.description,
      responsibleRole: task.responsibleRole,
      kind: task.kind,
      position: task.position,
      dayOffset: task.dayOffset,
      dueDate: start ? addDays(start, task.dayOffset) : null,
      assigneeId: assigneeFor(task.responsibleRole, members, input.managerId, turn),
    })),
  });
  return { ...program, tasks: tasks.sort((a, b) => a.position - b.position) };
}
