// Task work: status changes (with the program's completion and the client's connection), comments.
import { db, type Tx } from "@/server/db";
import type { Actor, StaffActor } from "@/server/auth/actor";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TaskStatus } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { notifyClientPersons } from "@/server/notifications/notify";
import { deliverSoon } from "@/server/mail/send";
import { assertOpen, taskInScope, TRANSITION_TASKS } from "./access";
import { PASSWORD_RESET_KIND } from "@/server/portal/context";
import { taskCommentInput, taskStatusInput } from "./programs.schema";
import type { z } from "zod";

type TaskWithProgram = Awaited<ReturnType<typeof taskInScope>>;

/**
 * The one path every status change takes (staff in the office, authorized persons in the portal): refuses a
 * closed or unapproved program, bumps the program's version, and when the last task is done completes the
 * program, connects the client and sends the connection notice.
 */
export async function applyTaskStatus(
  tx: Tx,
  actor: Actor,
  task: TaskWithProgram,
  change: { status: TaskStatus; blockedReason?: string | null; result?: Prisma.InputJsonValue },
): Promise<{ programCompleted: boolean }> {
  const program = task.program;
  const serviceTask = task.kind === PASSWORD_RESET_KIND;
  if (!(serviceTask && program.status === "COMPLETED")) {
    assertOpen(program);
    if (program.status !== "APPROVED") throw new AppError("PRECONDITION_FAILED", "programs.errors.programNotApproved", { message: "program not approved yet" });
  }
  const done = change.status === "DONE";
  await tx.programTask.update({
    where: { id: task.id },
    data: {
      status: change.status,
      blockedReason: change.status === "BLOCKED" ? (change.blockedReason ?? null) : null,
      completedAt: done ? new Date() : null,
      ...(change.result !== undefined ? { result: change.result } : {}),
    },
  });
  await tx.transitionProgram.update({ where: { id: program.id }, data: { version: { increment: 1 } } });
  const base = { firmId: program.client.firmId, clientId: program.client.id };
  await logActivity(tx, actor, { ...base, action: "task.status", subjectType: "ProgramTask", subjectId: task.id, data: { title: task.title, from: task.status, to: change.status, blockedReason: change.blockedReason ?? null } });
  const names = { clientName: program.client.name, firmName: program.client.firm.name };
  if (done && task.status !== "DONE") {
    await notifyClientPersons(tx, { ...base, event: "task-done", eventKey: `task-done:${task.id}`, data: { ...names, taskTitle: task.title } });
  }
  if (program.status === "COMPLETED") return { programCompleted: false };
  const remaining = await tx.programTask.count({ where: { programId: program.id, status: { not: "DONE" }, ...TRANSITION_TASKS } });
  if (remaining > 0) return { programCompleted: false };
  await tx.transitionProgram.update({ where: { id: program.id }, data: { status: "COMPLETED", completedAt: new Date() } });
  await tx.client.update({ where: { id: program.client.id }, data: { stage: "CONNECTED" } });
  await logActivity(tx, actor, { ...base, action: "client.connected", subjectType: "Client", subjectId: program.client.id });
  await notifyClientPersons(tx, { ...base, event: "connected", eventKey: `connected:${program.id}`, data: names });
  return { programCompleted: true };
}

export async function setTaskStatus({ actor }: { actor: StaffActor }, raw: z.input<typeof taskStatusInput>) {
  const input = taskStatusInput.parse(raw);
  const result = await db.$transaction(async (tx) => {
    const task = await taskInScope(tx, actor, input.taskId);
    await tx.$queryRaw`SELECT id FROM "TransitionProgram" WHERE id = ${task.programId} FOR UPDATE`;
    const fresh = await taskInScope(tx, actor, input.taskId);
    return applyTaskStatus(tx, actor, fresh, { status: input.status, blockedReason: input.blockedReason });
  });
  void deliverSoon();
  return result;
}

export async function addTaskComment({ actor }: { actor: StaffActor }, raw: z.input<typeof taskCommentInput>) {
  const input = taskCommentInput.parse(raw);
  return db.$transaction(async (tx) => {
    const task = await taskInScope(tx, actor, input.taskId);
    const comment = await tx.taskComment.create({ data: { taskId: task.id, authorUserId: actor.userId, body: input.body } });
    await logActivity(tx, actor, { firmId: task.program.client.firmId, clientId: task.program.client.id, action: "task.commented", subjectType: "ProgramTask", subjectId: task.id, data: { title: task.title } });
    return comment;
  });
}
