// Lists of programs for staff: the open programs in the actor's scope (with progress and days left), and a client's latest one.
import { differenceInCalendarDays } from "date-fns";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { OPEN_PROGRAM_STATUSES } from "./access";
import { isOverdue, latestProgramOfClient, progressOf, type LatestProgramRow } from "./programs.service";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

const PAGE_LIMIT = 100;

export function daysLeft(windowEnd: Date | null, now: Date): number | null {
  return windowEnd ? differenceInCalendarDays(windowEnd, now) : null;
}

/** Open (DRAFT or APPROVED) programs of the clients the actor may see, the nearest window end first. */
export async function listOpenPrograms({ actor, tx = db, now = new Date() }: Opts) {
  const programs = await tx.transitionProgram.findMany({
    where: { status: { in: [...OPEN_PROGRAM_STATUSES] }, client: staffClientScope(actor) },
    orderBy: [{ windowEnd: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: PAGE_LIMIT,
    select: {
      id: true,
      status: true,
      windowStart: true,
      windowEnd: true,
      client: { select: { id: true, name: true } },
      manager: { select: { user: { select: { name: true, email: true } } } },
      group: { select: { id: true, name: true } },
      tasks: { select: { status: true, dueDate: true } },
    },
  });
  return programs.map(({ tasks, ...program }) => ({
    ...program,
    progress: progressOf(tasks),
    overdueTasks: tasks.filter((task) => isOverdue(task, now)).length,
    daysLeft: daysLeft(program.windowEnd, now),
  }));
}

/** The client's newest program with its progress (for the client card), or null. */
export async function latestProgramSummary({ actor, tx = db, now = new Date() }: Opts, clientId: string) {
  const program = await latestProgramOfClient({ actor, tx }, clientId);
  return program ? toProgramSummary(program, now) : null;
}

/** A program read with `latestProgramArgs`, its tasks reduced to the progress, with the days left in its window. */
export function toProgramSummary({ tasks, ...program }: LatestProgramRow, now: Date) {
  return { ...program, progress: progressOf(tasks), daysLeft: daysLeft(program.windowEnd, now) };
}

export type ProgramSummary = ReturnType<typeof toProgramSummary>;
