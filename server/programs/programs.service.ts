// Reads of transition programs for staff: header, tasks with progress, overdue and out-of-window marks.
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { notFound } from "@/server/errors";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

const personName = { select: { id: true, role: true, user: { select: { name: true, email: true } } } } as const;

export function isOverdue(task: { status: string; dueDate: Date | null }, now: Date): boolean {
  return task.status !== "DONE" && task.dueDate !== null && task.dueDate < now;
}

/** Done of total tasks, with the rounded percent the program pages show. */
export function progressFrom(done: number, total: number): { done: number; total: number; percent: number } {
  return { done, total, percent: total ? Math.round((done / total) * 100) : 0 };
}

export function progressOf(tasks: { status: string }[]): { done: number; total: number; percent: number } {
  return progressFrom(tasks.filter((t) => t.status === "DONE").length, tasks.length);
}

export async function getProgram({ actor, tx = db, now = new Date() }: Opts, programId: string) {
  const program = await tx.transitionProgram.findFirst({
    where: { id: programId, client: staffClientScope(actor) },
    include: {
      client: { select: { id: true, name: true, inn: true, stage: true } },
      manager: personName,
      group: { select: { id: true, name: true, capacity: true, members: { select: { groupRole: true, staff: personName } } } },
      tasks: {
        orderBy: { position: "asc" },
        include: {
          assignee: personName,
          comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, authorUserId: true } },
        },
      },
    },
  });
  if (!program) throw notFound("program");
  const tasks = program.tasks.map((task) => ({
    ...task,
    overdue: isOverdue(task, now),
    outsideWindow:
      !!task.dueDate && !!program.windowStart && !!program.windowEnd && (task.dueDate < program.windowStart || task.dueDate > program.windowEnd),
  }));
  const authorIds = [...new Set(tasks.flatMap((t) => t.comments.map((c) => c.authorUserId)))];
  const authors = authorIds.length ? await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true, email: true } }) : [];
  const transitionTasks = tasks.filter((t) => t.kind !== "password-reset");
  return { ...program, tasks, progress: progressOf(transitionTasks), commentAuthors: Object.fromEntries(authors.map((a) => [a.id, a.name ?? a.email])) };
}

/** A client's programs newest first, with what the client card shows of one: alone or nested in a read of the client. */
export const latestProgramArgs = {
  orderBy: { createdAt: "desc" },
  select: { id: true, status: true, windowStart: true, windowEnd: true, tasks: { select: { status: true } } },
} satisfies Prisma.TransitionProgramFindManyArgs;

export type LatestProgramRow = Prisma.TransitionProgramGetPayload<typeof latestProgramArgs>;

/** The newest program of a client (for the client card), or null. */
export async function latestProgramOfClient({ actor, tx = db }: Opts, clientId: string) {
  return tx.transitionProgram.findFirst({ where: { clientId, client: staffClientScope(actor) }, ...latestProgramArgs });
}
