// The dashboard's blocks in one SQL statement: each list picks its top rows by index first, then joins details for
// those rows only; the client counts come from the ClientStageCount summary where the scope allows.
import { Prisma } from "@/server/generated/prisma/client";
import type { StaffActor } from "@/server/auth/actor";
import { openProgramNarrowingSql, staffClientScopeSql } from "@/server/auth/scope";
import type { Tx } from "@/server/db";
import { OPEN_PROGRAM_STATUSES_SQL } from "@/server/programs/access";

export type ProgramRow = {
  id: string;
  status: "DRAFT" | "APPROVED";
  windowStart: number | null;
  windowEnd: number | null;
  clientId: string;
  clientName: string;
  groupName: string | null;
  managerName: string | null;
  done: number;
  total: number;
};
export type TaskRow = {
  id: string;
  title: string;
  status: "TODO" | "IN_PROGRESS" | "BLOCKED" | "DONE";
  dueDate: number | null;
  programId: string;
  clientId: string;
  clientName: string;
  assigneeName: string | null;
};
export type DashboardRows = {
  approved: ProgramRow[];
  drafts: ProgramRow[];
  overdue: TaskRow[];
  overdueCount: number;
  mine: TaskRow[];
  stages: { stage: string; clients: number }[];
};

/** Milliseconds since the epoch of a `timestamp(3)` column (stored in UTC), as a JSON number. */
const epochMs = (column: Prisma.Sql) => Prisma.sql`(floor(extract(epoch from ${column}) * 1000))::float8`;

/** Orders of the lists; the details of the picked rows are sorted the same way. */
const PROGRAM_ORDER = Prisma.sql`p."windowEnd" ASC NULLS LAST, p."createdAt" ASC, p."id" ASC`;
const OVERDUE_ORDER = Prisma.sql`t."dueDate" ASC, t."id" ASC`;
const MINE_ORDER = Prisma.sql`t."dueDate" ASC NULLS LAST, t."position" ASC, t."id" ASC`;

function programDetails(ids: string): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object(
      'id', p."id", 'status', p."status", 'windowStart', ${epochMs(Prisma.sql`p."windowStart"`)}, 'windowEnd', ${epochMs(Prisma.sql`p."windowEnd"`)},
      'clientId', c."id", 'clientName', c."name", 'groupName', g."name", 'managerName', COALESCE(mu."name", mu."email"),
      'done', (SELECT count(*) FROM "ProgramTask" pt WHERE pt."programId" = p."id" AND pt."status" = 'DONE'),
      'total', (SELECT count(*) FROM "ProgramTask" pt WHERE pt."programId" = p."id")
    ) ORDER BY ${PROGRAM_ORDER})
    FROM ${Prisma.raw(ids)} x
    JOIN "TransitionProgram" p ON p."id" = x."id"
    JOIN "Client" c ON c."id" = p."clientId"
    LEFT JOIN "WorkingGroup" g ON g."id" = p."groupId"
    LEFT JOIN "StaffMember" m ON m."id" = p."managerId"
    LEFT JOIN "User" mu ON mu."id" = m."userId"
  ), '[]'::json)`;
}

function taskDetails(ids: string, order: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object(
      'id', t."id", 'title', t."title", 'status', t."status", 'dueDate', ${epochMs(Prisma.sql`t."dueDate"`)}, 'programId', t."programId",
      'clientId', c."id", 'clientName', c."name", 'assigneeName', COALESCE(au."name", au."email")
    ) ORDER BY ${order})
    FROM ${Prisma.raw(ids)} x
    JOIN "ProgramTask" t ON t."id" = x."id"
    JOIN "TransitionProgram" p ON p."id" = t."programId"
    JOIN "Client" c ON c."id" = p."clientId"
    LEFT JOIN "StaffMember" a ON a."id" = t."assigneeId"
    LEFT JOIN "User" au ON au."id" = a."userId"
  ), '[]'::json)`;
}

/** Client counts by stage: from the summary for the firm-wide and manager scopes, counted live for group-based ones. */
function stageCounts(actor: StaffActor): Prisma.Sql {
  if (actor.role === "ADMIN" || actor.role === "MANAGER") {
    const managers = actor.role === "ADMIN" ? Prisma.sql`TRUE` : Prisma.sql`s."managerKey" IN (${actor.staffId}, '')`;
    return Prisma.sql`SELECT s."stage", sum(s."clients")::int AS "clients" FROM "ClientStageCount" s
      WHERE s."firmId" = ${actor.firmId} AND ${managers} GROUP BY s."stage" HAVING sum(s."clients") > 0`;
  }
  return Prisma.sql`SELECT c."stage", count(*)::int AS "clients" FROM "Client" c WHERE ${staffClientScopeSql(actor, "c")} GROUP BY c."stage"`;
}

type Limits = { list: number; overdueCap: number };


/**
 * Where the lists find their candidate programs and tasks. A whole firm (ADMIN): straight from the indexes in list
 * order, the first rows match at once. A narrower scope: its open programs first (openProgramNarrowingSql), then only
 * their tasks; the client scope is checked either way.
 */
function candidates(actor: StaffActor): { ctes: Prisma.Sql; programs: Prisma.Sql; tasks: Prisma.Sql } {
  const scope = staffClientScopeSql(actor, "c");
  if (actor.role === "ADMIN") {
    return {
      ctes: Prisma.empty,
      programs: Prisma.sql`FROM "TransitionProgram" p JOIN "Client" c ON c."id" = p."clientId" AND ${scope} WHERE TRUE`,
      tasks: Prisma.sql`FROM "ProgramTask" t JOIN "TransitionProgram" p ON p."id" = t."programId" JOIN "Client" c ON c."id" = p."clientId" AND ${scope}
        WHERE t."status" <> 'DONE' AND t."programOpen"`,
    };
  }
  const openPrograms = Prisma.sql`SELECT p."id", p."status", p."windowEnd", p."createdAt" FROM "TransitionProgram" p
    JOIN LATERAL (SELECT 1 FROM "Client" c WHERE c."id" = p."clientId" AND ${scope} OFFSET 0) c ON true
    WHERE p."status" IN ${OPEN_PROGRAM_STATUSES_SQL} AND ${openProgramNarrowingSql(actor, "p")}`;
  return {
    ctes: Prisma.sql`open_programs AS MATERIALIZED (${openPrograms}),`,
    programs: Prisma.sql`FROM open_programs p WHERE TRUE`,
    // Per program by its index: the planner cannot know how few open programs a scope has and would hash every task.
    tasks: Prisma.sql`FROM open_programs p CROSS JOIN LATERAL (SELECT * FROM "ProgramTask" t WHERE t."programId" = p."id" OFFSET 0) t WHERE t."status" <> 'DONE'`,
  };
}

/** The whole statement (exported so its plan can be examined with EXPLAIN ANALYZE). */
export function dashboardSql(actor: StaffActor, now: Date, limits: Limits): Prisma.Sql {
  const { ctes, programs, tasks } = candidates(actor);
  const nowUtc = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const programsWith = (status: "APPROVED" | "DRAFT") =>
    Prisma.sql`SELECT p."id" ${programs} AND p."status" = ${status}::"ProgramStatus" ORDER BY ${PROGRAM_ORDER} LIMIT ${limits.list}`;
  return Prisma.sql`
    WITH ${ctes}
    approved_ids AS (${programsWith("APPROVED")}),
    draft_ids AS (${programsWith("DRAFT")}),
    overdue_ids AS (SELECT t."id" ${tasks} AND t."dueDate" < ${nowUtc} ORDER BY ${OVERDUE_ORDER} LIMIT ${limits.list}),
    mine_ids AS (SELECT t."id" ${tasks} AND t."assigneeId" = ${actor.staffId} ORDER BY ${MINE_ORDER} LIMIT ${limits.list}),
    stages AS (${stageCounts(actor)})
    SELECT
      ${programDetails("approved_ids")} AS "approved",
      ${programDetails("draft_ids")} AS "drafts",
      ${taskDetails("overdue_ids", OVERDUE_ORDER)} AS "overdue",
      (SELECT count(*)::int FROM (SELECT 1 ${tasks} AND t."dueDate" < ${nowUtc} LIMIT ${limits.overdueCap + 1}) capped) AS "overdueCount",
      ${taskDetails("mine_ids", MINE_ORDER)} AS "mine",
      COALESCE((SELECT json_agg(json_build_object('stage', "stage", 'clients', "clients")) FROM stages), '[]'::json) AS "stages"`;
}

export async function dashboardRows(tx: Tx, actor: StaffActor, now: Date, limits: Limits): Promise<DashboardRows> {
  const [row] = await tx.$queryRaw<[DashboardRows]>(dashboardSql(actor, now, limits));
  return row;
}
