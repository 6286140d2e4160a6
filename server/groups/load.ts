// A working group's load (its active clients) and its composition against the firm's standard; shared by list, suggest and assign.
import { Prisma } from "@/server/generated/prisma/client";
import type { GroupRole } from "@/server/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { firmShared } from "@/server/firm-shared";

export const GROUP_ROLES = ["CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const satisfies readonly GroupRole[];

export type Composition = Record<GroupRole, number>;

export const DEFAULT_COMPOSITION: Composition = { CHIEF_ACCOUNTANT: 1, ACCOUNTANT: 1, OPERATOR: 3 };

/**
 * The active clients of groups: distinct clients that either have an open program (DRAFT or APPROVED)
 * assigned to the group, or are CONNECTED and served by the group of their latest COMPLETED program.
 * `excludeClientId` leaves one client out (the client of a program being (re)assigned, so it is never
 * counted twice). A client's stage is read from its programs' copy of it (kept by triggers).
 */
export async function groupLoads(tx: Tx, groupIds: string[], opts: { excludeClientId?: string } = {}): Promise<Map<string, number>> {
  const loads = new Map<string, number>(groupIds.map((id) => [id, 0]));
  if (groupIds.length === 0) return loads;
  const rows = await loadRows(tx, Prisma.sql`${Prisma.join(groupIds)}`, latestCompletedPerClient, opts.excludeClientId ?? "");
  for (const [groupId, load] of rows) loads.set(groupId, load);
  return loads;
}

/**
 * Two plans for "the group of each connected client's latest completed program", same rows (a test compares them):
 * a few groups look up their clients' latest program one client at a time by index (a page of 20 groups at 100,000
 * clients: 4 ms instead of 13 ms for sorting every completed program); a whole firm sorts them all once (0.15 s
 * instead of 0.27 s for 45,000 lookups).
 */
const latestCompletedPerClient = (groups: Prisma.Sql) => Prisma.sql`
  SELECT latest."groupId", served."clientId" FROM (
    SELECT DISTINCT q."clientId" FROM "TransitionProgram" q
    WHERE q."groupId" IN (${groups}) AND q.status = 'COMPLETED' AND q."clientStage" = 'CONNECTED'
  ) served
  CROSS JOIN LATERAL (
    SELECT p."groupId" FROM "TransitionProgram" p WHERE p."clientId" = served."clientId" AND p.status = 'COMPLETED'
    ORDER BY p."completedAt" DESC NULLS LAST, p."createdAt" DESC LIMIT 1
  ) latest
  WHERE latest."groupId" IN (${groups})`;

const latestCompletedSorted = (groups: Prisma.Sql) => Prisma.sql`
  SELECT latest."groupId", latest."clientId" FROM (
    SELECT DISTINCT ON (p."clientId") p."groupId", p."clientId"
    FROM "TransitionProgram" p
    WHERE p."clientStage" = 'CONNECTED' AND p.status = 'COMPLETED'
      AND p."clientId" IN (SELECT q."clientId" FROM "TransitionProgram" q WHERE q."groupId" IN (${groups}) AND q.status = 'COMPLETED')
    ORDER BY p."clientId", p."completedAt" DESC NULLS LAST, p."createdAt" DESC
  ) latest
  WHERE latest."groupId" IN (${groups})`;

type LatestCompleted = typeof latestCompletedPerClient;

/** `groups` is an SQL list of group ids: literal ids or a subquery. */
async function loadRows(tx: Tx, groups: Prisma.Sql, latestCompleted: LatestCompleted, excludeClientId: string): Promise<Array<[string, number]>> {
  const rows = await tx.$queryRaw<Array<{ groupId: string; load: number }>>`
    WITH served AS (
      SELECT p."groupId", p."clientId" FROM "TransitionProgram" p
      WHERE p."groupId" IN (${groups}) AND p.status IN ('DRAFT', 'APPROVED')
      UNION
      ${latestCompleted(groups)}
    )
    SELECT "groupId", COUNT(DISTINCT "clientId")::int AS load FROM served WHERE "clientId" <> ${excludeClientId} GROUP BY "groupId"`;
  return rows.map((row) => [row.groupId, Number(row.load)]);
}

/** A whole firm's loads, counted afresh (firmGroupLoads shares them). */
export async function countFirmGroupLoads(tx: Tx, firmId: string): Promise<Map<string, number>> {
  return new Map(await loadRows(tx, Prisma.sql`SELECT g.id FROM "WorkingGroup" g WHERE g."firmId" = ${firmId}`, latestCompletedSorted, ""));
}

/** A firm's group loads are the same for all its staff: computed at most once per this many ms per firm and process. */
export const FIRM_LOAD_TTL_MS = 15_000;

const firmLoads = firmShared(
  FIRM_LOAD_TTL_MS,
  countFirmGroupLoads,
  { staleMs: FIRM_LOAD_TTL_MS },
);

/**
 * Every group's load in a firm (groups without active clients are absent: 0), shared per process: counting the whole
 * firm reads every open and served client (0.4 s at 100,000 clients), so a count is fresh for FIRM_LOAD_TTL_MS and
 * served for as long again while one call recounts in the background (at most twice that old; only a firm idle for
 * longer waits for its count). For the dashboard and the suggestion; an assignment counts its group afresh under the
 * group's lock. Reads in a transaction are never cached.
 */
export function firmGroupLoads(tx: Tx, firmId: string, now = Date.now()): Promise<Map<string, number>> {
  return firmLoads.get(tx, firmId, now);
}

/** Drops a firm's shared loads after this process changed them (an assignment), so its next suggestion counts afresh. */
export function forgetFirmGroupLoads(firmId: string): void {
  firmLoads.forget(firmId);
}

/** What groupsCountingClient needs of a client: its stage and its open and completed programs. */
export const countingClientSelect = {
  stage: true,
  programs: { where: { status: { in: ["DRAFT", "APPROVED", "COMPLETED"] } }, select: { groupId: true, status: true, completedAt: true, createdAt: true } },
} satisfies Prisma.ClientSelect;
type CountingClient = Prisma.ClientGetPayload<{ select: typeof countingClientSelect }>;

/** The groups that count a client in their load now: the same rule as groupLoads, for one client read with countingClientSelect. */
export function groupsCountingClient(client: CountingClient): Set<string> {
  const groups = new Set(client.programs.flatMap((p) => (p.status !== "COMPLETED" && p.groupId ? [p.groupId] : [])));
  if (client.stage !== "CONNECTED") return groups;
  const time = (date: Date | null) => date?.getTime() ?? Number.NEGATIVE_INFINITY;
  const [latest] = client.programs
    .filter((p) => p.status === "COMPLETED")
    .sort((a, b) => time(b.completedAt) - time(a.completedAt) || b.createdAt.getTime() - a.createdAt.getTime());
  if (latest?.groupId) groups.add(latest.groupId);
  return groups;
}

/** The firm's standard composition from its JSON column; unknown or bad values fall back to the default. */
export function parseComposition(value: unknown): Composition {
  const source = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const result = { ...DEFAULT_COMPOSITION };
  for (const role of GROUP_ROLES) {
    const count = source[role];
    if (typeof count === "number" && Number.isInteger(count) && count >= 0) result[role] = count;
  }
  return result;
}

export type RoleCounts = Partial<Record<GroupRole, number>>;

/** How many of a group's members have each role. */
export function countRoles(members: Array<{ groupRole: GroupRole }>): RoleCounts {
  const counts: RoleCounts = {};
  for (const { groupRole } of members) counts[groupRole] = (counts[groupRole] ?? 0) + 1;
  return counts;
}

/** How many members of each role a group lacks against the standard (only roles that are short). */
export function missingMembers(standard: Composition, have: RoleCounts): Record<string, number> {
  const missing: Record<string, number> = {};
  for (const role of GROUP_ROLES) {
    const count = have[role] ?? 0;
    if (count < standard[role]) missing[role] = standard[role] - count;
  }
  return missing;
}

/**
 * Every group of a firm in name order with its members counted by role in the database: reading the members of a
 * firm's 1,000 groups to count them took 40 ms, counting them there 6 ms.
 */
export async function firmGroupsWithRoleCounts(tx: Tx, firmId: string): Promise<Array<{ id: string; name: string; capacity: number; roles: RoleCounts }>> {
  const counts = GROUP_ROLES.map((role) => Prisma.sql`count(m."id") FILTER (WHERE m."groupRole" = ${role}::"GroupRole")::int AS ${Prisma.raw(`"${role}"`)}`);
  const rows = await tx.$queryRaw<Array<{ id: string; name: string; capacity: number } & Record<GroupRole, number>>>`
    SELECT g."id", g."name", g."capacity", ${Prisma.join(counts, ", ")}
    FROM "WorkingGroup" g LEFT JOIN "WorkingGroupMember" m ON m."groupId" = g."id"
    WHERE g."firmId" = ${firmId} GROUP BY g."id" ORDER BY g."name", g."id"`;
  return rows.map((row) => ({ id: row.id, name: row.name, capacity: row.capacity, roles: Object.fromEntries(GROUP_ROLES.map((role) => [role, row[role]])) }));
}

/** Load divided by capacity; a group without capacity counts as full. */
export function relativeLoad(load: number, capacity: number): number {
  return capacity > 0 ? load / capacity : Number.POSITIVE_INFINITY;
}
