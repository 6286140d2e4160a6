// The office dashboard in one statement (plus the firm's shared group loads, see firmGroupLoads): open programs,
// overdue tasks, my tasks, group load, clients by stage.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import type { ClientStage } from "@/server/generated/prisma/enums";
import { FIRM_LOAD_TTL_MS, firmGroupLoads, relativeLoad } from "@/server/groups/load";
import { firmShared } from "@/server/firm-shared";
import { daysLeft } from "@/server/programs/program-list.service";
import { isOverdue, progressFrom } from "@/server/programs/programs.service";
import { dashboardRows, type ProgramRow, type TaskRow } from "./dashboard-query";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

/** Rows per dashboard block: the most urgent ones (the full lists are on their own pages). */
const LIST_LIMIT = 10;
/** Overdue tasks are counted up to this many (the badge then says "99+"): an exact count at 100,000 clients costs a scan. */
export const OVERDUE_COUNT_CAP = 99;
/** The group-load block shows the busiest groups (a firm of 100,000 clients has a thousand groups; all are on /office/groups). */
const GROUP_LIMIT = 20;
type GroupLoadRow = { id: string; name: string; capacity: number; activeClients: number };

/**
 * The firm's busiest groups (relative to capacity) with their active clients, shared by the firm's staff for
 * FIRM_LOAD_TTL_MS and computed from the shared loads (firmGroupLoads), so up to three times that old.
 */
const busiestGroups = firmShared(FIRM_LOAD_TTL_MS, async (tx, firmId, now): Promise<GroupLoadRow[]> => {
  const [groups, loads] = await Promise.all([
    tx.workingGroup.findMany({ where: { firmId }, orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } }),
    firmGroupLoads(tx, firmId, now),
  ]);
  return groups
    .map((g) => ({ ...g, activeClients: loads.get(g.id) ?? 0 }))
    .sort((a, b) => relativeLoad(b.activeClients, b.capacity) - relativeLoad(a.activeClients, a.capacity) || a.name.localeCompare(b.name, "ru"))
    .slice(0, GROUP_LIMIT);
});
const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));

export async function dashboardSummary({ actor, tx = db, now = new Date() }: Opts) {
  const [rows, groups] = await Promise.all([
    dashboardRows(tx, actor, now, { list: LIST_LIMIT, overdueCap: OVERDUE_COUNT_CAP }),
    busiestGroups.get(tx, staffFirmScope(actor).firmId, now.getTime()),
  ]);

  const programItem = (p: ProgramRow) => {
    const windowEnd = dateOf(p.windowEnd);
    return {
      id: p.id,
      status: p.status,
      client: { id: p.clientId, name: p.clientName },
      groupName: p.groupName,
      managerName: p.managerName,
      windowStart: dateOf(p.windowStart),
      windowEnd,
      progress: progressFrom(p.done, p.total),
      daysLeft: daysLeft(windowEnd, now),
    };
  };
  const taskItem = (t: TaskRow) => {
    const dueDate = dateOf(t.dueDate);
    return {
      id: t.id,
      title: t.title,
      status: t.status,
      dueDate,
      programId: t.programId,
      client: { id: t.clientId, name: t.clientName },
      assigneeName: t.assigneeName,
      overdue: isOverdue({ status: t.status, dueDate }, now),
    };
  };

  return {
    inProgress: rows.approved.map(programItem),
    awaitingApproval: rows.drafts.map(programItem),
    overdueTasks: rows.overdue.map(taskItem),
    overdueCount: Math.min(rows.overdueCount, OVERDUE_COUNT_CAP),
    overdueCountCapped: rows.overdueCount > OVERDUE_COUNT_CAP,
    myTasks: rows.mine.map(taskItem),
    groupLoad: groups,
    stageCounts: Object.fromEntries(rows.stages.map((s) => [s.stage, s.clients])) as Partial<Record<ClientStage, number>>,
  };
}

export type DashboardSummary = Awaited<ReturnType<typeof dashboardSummary>>;
