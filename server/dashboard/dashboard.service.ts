// The office dashboard in a handful of queries: open programs, overdue tasks, my tasks, group load, clients by stage.
import { differenceInCalendarDays } from "date-fns";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope, staffFirmScope } from "@/server/auth/scope";
import { groupLoads, relativeLoad } from "@/server/groups/load";
import { OPEN_PROGRAM_STATUSES } from "@/server/programs/access";
import { progressOf } from "@/server/programs/programs.service";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

/** Rows per dashboard block: the most urgent ones (the full lists are on their own pages). */
const LIST_LIMIT = 20;
/** Overdue tasks are counted up to this many (the block then says "1,000+"): an exact count at 100,000 clients costs a scan. */
export const OVERDUE_COUNT_CAP = 1000;
/** The group-load block shows the busiest groups (a firm of 100,000 clients has a thousand groups; all are on /office/groups). */
const GROUP_LIMIT = 20;
/** Group loads are the same for every staff member of a firm: computed at most once per this many ms per firm. */
const GROUP_LOAD_TTL_MS = 15_000;
const groupLoadCache = new Map<string, { at: number; value: Promise<GroupLoadRow[]> }>();
type GroupLoadRow = { id: string; name: string; capacity: number; activeClients: number };

/** The firm's groups with their active clients, busiest (relative to capacity) first; shared by the firm's staff for 15 s. */
function firmGroupLoads(tx: Tx, firmId: string, now: number): Promise<GroupLoadRow[]> {
  const cached = groupLoadCache.get(firmId);
  if (cached && now - cached.at < GROUP_LOAD_TTL_MS && tx === db) return cached.value;
  const value = (async () => {
    const groups = await tx.workingGroup.findMany({ where: { firmId }, orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } });
    const loads = await groupLoads(tx, groups.map((g) => g.id));
      return groups
      .map((g) => ({ ...g, activeClients: loads.get(g.id) ?? 0 }))
      .sort((a, b) => relativeLoad(b.activeClients, b.capacity) - relativeLoad(a.activeClients, a.capacity) || a.name.localeCompare(b.name, "ru"))
      .slice(0, GROUP_LIMIT);
  })();
  if (tx === db) {
    groupLoadCache.set(firmId, { at: now, value });
    value.catch(() => groupLoadCache.delete(firmId));
  }
  return value;
}
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
    tx.programTask.count({ where: { ...openTask, dueDate: { lt: now } }, take: OVERDUE_COUNT_CAP + 1 }),
    tx.programTask.findMany({
      where: { ...openTask, assigneeId: actor.staffId },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { position: "asc" }],
      take: LIST_LIMIT,
      select: taskSelect,
    }),
    firmGroupLoads(tx, staffFirmScope(actor).firmId, now.getTime()),
    tx.client.groupBy({ by: ["stage"], where: clientScope, _count: { _all: true } }),
  ]);

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
    overdueCount: Math.min(overdueCount, OVERDUE_COUNT_CAP),
    overdueCountCapped: overdueCount > OVERDUE_COUNT_CAP,
    myTasks: mine.map(taskItem),
    groupLoad: groups,
    stageCounts: Object.fromEntries(stages.map((s) => [s.stage, s._count._all])) as Partial<Record<(typeof stages)[number]["stage"], number>>,
  };
}

export type DashboardSummary = Awaited<ReturnType<typeof dashboardSummary>>;
