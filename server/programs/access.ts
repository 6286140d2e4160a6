// Loads programs and tasks only through the actor's client scope: anything else is NOT_FOUND.
import { Prisma } from "@/server/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { AppError, notFound } from "@/server/errors";

/** Open programs. The triggers of migration 20261127105533_dashboard_summaries (ProgramTask."programOpen") use the same list. */
export const OPEN_PROGRAM_STATUSES = ["DRAFT", "APPROVED"] as const;
/** The same list as SQL literals, `('DRAFT', 'APPROVED')`: a parameter would hide it from the partial indexes' predicates. */
export const OPEN_PROGRAM_STATUSES_SQL = Prisma.raw(`(${OPEN_PROGRAM_STATUSES.map((status) => `'${status}'`).join(", ")})`);

/** Tasks of the transition itself: service tasks (a password reset after connection) are not counted in it. */
export const TRANSITION_TASKS = { OR: [{ kind: null }, { kind: { not: "password-reset" } }] };

export async function programInScope(tx: Tx, actor: StaffActor, programId: string) {
  const program = await tx.transitionProgram.findFirst({
    where: { id: programId, client: staffClientScope(actor) },
    include: { client: { select: { id: true, name: true, firmId: true, firm: { select: { name: true } } } } },
  });
  if (!program) throw notFound("program");
  return program;
}

export async function taskInScope(tx: Tx, actor: StaffActor, taskId: string) {
  const task = await tx.programTask.findFirst({
    where: { id: taskId, program: { client: staffClientScope(actor) } },
    include: { program: { include: { client: { select: { id: true, name: true, firmId: true, firm: { select: { name: true } } } } } } },
  });
  if (!task) throw notFound("task");
  return task;
}

export function assertOpen(program: { status: string }): void {
  if (!OPEN_PROGRAM_STATUSES.includes(program.status as (typeof OPEN_PROGRAM_STATUSES)[number])) {
    throw new AppError("PRECONDITION_FAILED", "programs.errors.programClosed", { message: `program is ${program.status}` });
  }
}

/** Optimistic locking: bumps the version only if nobody changed the program since `version` was read. */
export async function bumpVersion(tx: Tx, programId: string, version: number, data: Record<string, unknown> = {}) {
  const { count } = await tx.transitionProgram.updateMany({ where: { id: programId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", "programs.errors.staleProgram", { message: "the program was changed by someone else" });
}
