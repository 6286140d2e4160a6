// The office dashboard in a handful of queries: open programs, overdue tasks, my tasks, group load, clients by stage.
import { differenceInCalendarDays } from "date-fns";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope, staffFirmScope } from "@/server/auth/scope";
import { groupLoads } from "@/server/groups/load";
import { OPEN_PROGRAM_STATUSES } from "@/server/programs/access";
import { progressOf } from "@/server/programs/programs.service";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

const LIST_LIMIT = 50;
const personName = { select: { id: true, user: { select: { name: true, email: true } } } } as const;
const taskSelect = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  programId: true,
  assignee: personName,
  program: { select: { client: { select: { id: true, name: true } } } },
} as const;

const programSelect = {
  id: true,
  status: true,
  windowStart: true,
  windowEnd: true,
  client: { select: { id: true, name: true } },
  group: { select: { id: true, name: true } },
  manager: personName,
  tasks: { select: { status: true } },
} as const;

function nameOf(person: { user: { name: string | null; email: string } } | null): string | null {
  return person ? (person.user.name ?? person.user.email) : null;
}

export async function dashboardSummary({ actor, tx = db, now = new Date() }: Opts) {
  const clientScope = staffClientScope(actor);
  const programsWith = (status: "APPROVED" | "DRAFT") =>
    tx.transitionProgram.findMany({
      where: { status, client: clientScope },
      orderBy: [{ windowEnd: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: LIST_LIMIT,
      select: programSelect,
    });
  const openTask = { status: { not: "DONE" as const }, program: { status: { in: [...OPEN_PROGRAM_STATUSES] }, client: clientScope } };
  const [approved, drafts, overdue, overdueCount, mine, groups, stages] = await Promise.all([
    programsWith("APPROVED"),
    programsWith("DRAFT"),
    tx.programTask.findMany({ where: { ...openTask, dueDate: { lt: now } }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: LIST_LIMIT, select: taskSelect }),
    tx.programTask.count({ where: { ...openTask, dueDate: { lt: now } } }),
    tx.programTask.findMany({
      where: { ...openTask, assigneeId: actor.staffId },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { position: "asc" }],
      take: LIST_LIMIT,
      select: taskSelect,
    }),
    tx.workingGroup.findMany({ where: staffFirmScope(actor), orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } }),
    tx.client.groupBy({ by: ["stage"], where: clientScope, _count: { _all: true } }),
  ]);
  const loads = await groupLoads(tx, groups.map((g) => g.id));

  const programItem = (p: (typeof approved)[number]) => ({
    id: p.id,
    status: p.status,
    client: p.client,
    groupName: p.group?.name ?? null,
    managerName: nameOf(p.manager),
    windowStart: p.windowStart,
    windowEnd: p.windowEnd,
    progress: progressOf(p.tasks),
    daysLeft: p.windowEnd ? differenceInCalendarDays(p.windowEnd, now) : null,
  });
  const taskItem = (t: (typeof overdue)[number]) => ({
    id: t.id,
    title: t.title,
    status: t.status,
    dueDate: t.dueDate,
    programId: t.programId,
    client: t.program.client,
    assigneeName: nameOf(t.assignee),
    overdue: t.dueDate !== null && t.dueDate < now,
  });

  return {
    inProgress: approved.map(programItem),
    awaitingApproval: drafts.map(programItem),
    overdueTasks: overdue.map(taskItem),
    overdueCount,
    myTasks: mine.map(taskItem),
    groupLoad: groups.map((g) => ({ ...g, activeClients: loads.get(g.id) ?? 0 })),
    stageCounts: Object.fromEntries(stages.map((s) => [s.stage, s._count._all])) as Partial<Record<(typeof stages)[number]["stage"], number>>,
  };
}

export type DashboardSummary = Awaited<ReturnType<typeof dashboardSummary>>;
