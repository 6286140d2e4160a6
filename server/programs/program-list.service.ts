// Lists of programs for staff: the open programs in the actor's scope (with progress and days left), and a client's latest one.
import { differenceInCalendarDays } from "date-fns";
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { pageOf } from "@/server/choice-list";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { OPEN_PROGRAM_STATUSES } from "./access";
import { isOverdue, latestProgramOfClient, progressOf, type LatestProgramRow } from "./programs.service";
import { programListInput, type ProgramListInput } from "./programs.schema";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

export function daysLeft(windowEnd: Date | null, now: Date): number | null {
  return windowEnd ? differenceInCalendarDays(windowEnd, now) : null;
}

/** Keyset pagination in list order (window end, a program without one last; then creation; then id): programs after the cursor's. */
async function afterCursor(tx: Tx, actor: StaffActor, cursor: string | undefined): Promise<Prisma.TransitionProgramWhereInput> {
  if (!cursor) return {};
  const row = await tx.transitionProgram.findFirst({ where: { id: cursor, client: staffClientScope(actor) }, select: { id: true, windowEnd: true, createdAt: true } });
  if (!row) return { id: "__no_such_cursor__" };
  const sameWindowLater = { OR: [{ createdAt: { gt: row.createdAt } }, { createdAt: row.createdAt, id: { gt: row.id } }] };
  if (row.windowEnd === null) return { windowEnd: null, ...sameWindowLater };
  return { OR: [{ windowEnd: { gt: row.windowEnd } }, { windowEnd: row.windowEnd, ...sameWindowLater }, { windowEnd: null }] };
}

/** One page of the open (DRAFT or APPROVED) programs of the clients the actor may see, the nearest window end first. */
export async function listOpenPrograms({ actor, tx = db, now = new Date() }: Opts, rawInput?: ProgramListInput) {
  const input = programListInput.parse(rawInput);
  const rows = await tx.transitionProgram.findMany({
    where: {
      AND: [
        { status: input.status ? input.status : { in: [...OPEN_PROGRAM_STATUSES] } },
        { client: { AND: [staffClientScope(actor), input.search ? { name: { contains: input.search, mode: "insensitive" } } : {}] } },
        await afterCursor(tx, actor, input.cursor),
      ],
    },
    orderBy: [{ windowEnd: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    take: input.limit + 1,
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
  const { items, nextCursor } = pageOf(rows, input.limit);
  return {
    nextCursor,
    items: items.map(({ tasks, ...program }) => ({
      ...program,
      progress: progressOf(tasks),
      overdueTasks: tasks.filter((task) => isOverdue(task, now)).length,
      daysLeft: daysLeft(program.windowEnd, now),
    })),
  };
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
