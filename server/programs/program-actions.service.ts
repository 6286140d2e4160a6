// Changes to a program's header: approve for execution, set the transition window, refuse.
import { addDays, startOfDay } from "date-fns";
import { db } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { notifyClientPersons } from "@/server/notifications/notify";
import { deliverSoon } from "@/server/mail/send";
import { assertOpen, bumpVersion, programInScope } from "./access";
import { approveInput, refusalInput, windowInput } from "./programs.schema";
import type { z } from "zod";

type Opts = { actor: StaffActor };

/** DRAFT -> APPROVED: the date it may be executed from, the window, and due dates from the task offsets. */
export async function approveProgram({ actor }: Opts, raw: z.input<typeof approveInput>) {
  const input = approveInput.parse(raw);
  const result = await db.$transaction(async (tx) => {
    const program = await programInScope(tx, actor, input.programId);
    if (program.status !== "DRAFT") throw new AppError("PRECONDITION_FAILED", "programs.errors.alreadyApproved", { message: "program already approved" });
    const template = program.templateId ? await tx.programTemplate.findUnique({ where: { id: program.templateId }, select: { windowDays: true } }) : null;
    const start = startOfDay(input.approvedFrom ?? new Date());
    const end = addDays(start, input.windowDays ?? template?.windowDays ?? 7);
    await bumpVersion(tx, program.id, input.version, { status: "APPROVED", approvedFrom: start, windowStart: start, windowEnd: end });
    const tasks = await tx.programTask.findMany({ where: { programId: program.id }, select: { id: true, dayOffset: true } });
    for (const task of tasks) await tx.programTask.update({ where: { id: task.id }, data: { dueDate: addDays(start, task.dayOffset) } });
    await tx.client.update({ where: { id: program.clientId }, data: { stage: "TRANSITION" } });
    await logActivity(tx, actor, { firmId: program.client.firmId, clientId: program.clientId, action: "program.approved", subjectType: "TransitionProgram", subjectId: program.id, data: { approvedFrom: start.toISOString(), windowEnd: end.toISOString() } });
    const data = { clientName: program.client.name, firmName: program.client.firm.name };
    await notifyClientPersons(tx, { firmId: program.client.firmId, clientId: program.clientId, event: "program-started", eventKey: `program-started:${program.id}`, data });
    const clientTask = await tx.programTask.findFirst({ where: { programId: program.id, responsibleRole: "CLIENT", status: { not: "DONE" } }, orderBy: { position: "asc" } });
    if (clientTask) await notifyClientPersons(tx, { firmId: program.client.firmId, clientId: program.clientId, event: "action-needed", eventKey: `action-needed:${clientTask.id}`, data: { ...data, taskTitle: clientTask.title } });
    return { programId: program.id };
  });
  void deliverSoon();
  return result;
}

/** Moves the transition window; due dates stay, and those outside the window are flagged on read. */
export async function setProgramWindow({ actor }: Opts, raw: z.input<typeof windowInput>) {
  const input = windowInput.parse(raw);
  return db.$transaction(async (tx) => {
    const program = await programInScope(tx, actor, input.programId);
    assertOpen(program);
    await bumpVersion(tx, program.id, input.version, { windowStart: input.windowStart, windowEnd: input.windowEnd });
    await logActivity(tx, actor, { firmId: program.client.firmId, clientId: program.clientId, action: "program.windowChanged", subjectType: "TransitionProgram", subjectId: program.id, data: { windowStart: input.windowStart.toISOString(), windowEnd: input.windowEnd.toISOString() } });
    return { programId: program.id };
  });
}

/** Outsourcer or client refusal: ends the program, the client becomes REFUSED, its persons get a courteous letter. */
export async function refuseProgram({ actor }: Opts, raw: z.input<typeof refusalInput>, by: "outsourcer" | "client") {
  const input = refusalInput.parse(raw);
  const result = await db.$transaction(async (tx) => {
    const program = await programInScope(tx, actor, input.programId);
    assertOpen(program);
    const status = by === "outsourcer" ? "REFUSED_BY_OUTSOURCER" : "REFUSED_BY_CLIENT";
    await bumpVersion(tx, program.id, input.version, { status, refusalReason: input.reason });
    await tx.client.update({ where: { id: program.clientId }, data: { stage: "REFUSED", refusalReason: input.reason } });
    await logActivity(tx, actor, { firmId: program.client.firmId, clientId: program.clientId, action: `program.refusedBy${by === "outsourcer" ? "Outsourcer" : "Client"}`, subjectType: "TransitionProgram", subjectId: program.id, data: { reason: input.reason } });
    await notifyClientPersons(tx, {
      firmId: program.client.firmId,
      clientId: program.clientId,
      event: by === "outsourcer" ? "refused-by-outsourcer" : "refused-by-client",
      eventKey: `refused:${program.id}`,
      data: { clientName: program.client.name, firmName: program.client.firm.name, reason: by === "client" ? input.reason : undefined },
    });
    return { programId: program.id, status };
  });
  void deliverSoon();
  return result;
}

export const refuseByOutsourcer = (opts: Opts, raw: z.input<typeof refusalInput>) => refuseProgram(opts, raw, "outsourcer");
export const refuseByClient = (opts: Opts, raw: z.input<typeof refusalInput>) => refuseProgram(opts, raw, "client");
