// The client's own to-dos: CLIENT tasks of the approved program; confirming the contract and the appointment of persons.
import type { z } from "zod";
import { db, type Tx } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { deliverSoon } from "@/server/mail/send";
import { isOverdue } from "@/server/programs/programs.service";
import { applyTaskStatus } from "@/server/programs/tasks.service";
import { APPOINTMENT_KIND, CONTRACT_KIND, type PortalCtx } from "./context";
import { confirmContractInput, taskInput } from "./portal.schema";

export async function listTodos({ membership, tx = db, now = new Date() }: PortalCtx) {
  const program = await tx.transitionProgram.findFirst({
    where: { clientId: membership.clientId, status: { in: ["APPROVED", "COMPLETED"] } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      tasks: {
        where: { responsibleRole: "CLIENT" },
        orderBy: { position: "asc" },
        select: { id: true, title: true, description: true, kind: true, status: true, dueDate: true, completedAt: true, result: true },
      },
    },
  });
  const tasks = (program?.tasks ?? []).map((task) => ({ ...task, overdue: isOverdue(task, now) }));
  return { programStatus: program?.status ?? null, tasks, openCount: tasks.filter((t) => t.status !== "DONE").length };
}

/** A CLIENT task of the person's client, loaded in the shape applyTaskStatus expects, with its program locked. */
async function clientTask(tx: Tx, clientId: string, taskId: string, kind: string) {
  const where = { id: taskId, responsibleRole: "CLIENT" as const, program: { clientId } };
  const found = await tx.programTask.findFirst({ where, select: { programId: true } });
  if (!found) throw notFound("task");
  await tx.$queryRaw`SELECT id FROM "TransitionProgram" WHERE id = ${found.programId} FOR UPDATE`;
  const task = await tx.programTask.findFirst({
    where,
    include: { program: { include: { client: { select: { id: true, name: true, firmId: true, firm: { select: { name: true } } } } } } },
  });
  if (!task) throw notFound("task");
  if (task.kind !== kind) throw new AppError("BAD_REQUEST", "portal.errors.wrongTask", { message: `task is not of kind ${kind}` });
  if (task.status === "DONE") throw new AppError("PRECONDITION_FAILED", "portal.errors.alreadyDone", { message: "task already done" });
  return task;
}

/** The client confirms the contract is signed (with the date): the staff see the task DONE with that date. */
export async function confirmContract({ actor, membership }: PortalCtx, raw: z.input<typeof confirmContractInput>) {
  const input = confirmContractInput.parse(raw);
  const signedOn = input.signedOn.toISOString().slice(0, 10);
  const result = await db.$transaction(async (tx) => {
    const task = await clientTask(tx, membership.clientId, input.taskId, CONTRACT_KIND);
    return applyTaskStatus(tx, actor, task, { status: "DONE", result: { signedOn, confirmedBy: actor.name } });
  });
  void deliverSoon();
  return result;
}

/** The client finishes "appoint authorized persons" once someone besides the person is invited. */
export async function completeAppointment({ actor, membership }: PortalCtx, raw: z.input<typeof taskInput>) {
  const input = taskInput.parse(raw);
  const result = await db.$transaction(async (tx) => {
    const others = await tx.authorizedPerson.count({
      where: { clientId: membership.clientId, id: { not: membership.personId }, invitationState: { not: "REVOKED" } },
    });
    if (others === 0) throw new AppError("PRECONDITION_FAILED", "portal.errors.inviteSomeoneFirst", { message: "nobody else is invited yet" });
    const task = await clientTask(tx, membership.clientId, input.taskId, APPOINTMENT_KIND);
    return applyTaskStatus(tx, actor, task, { status: "DONE", result: { persons: others + 1, confirmedBy: actor.name } });
  });
  void deliverSoon();
  return result;
}
