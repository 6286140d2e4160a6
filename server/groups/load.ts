// A working group's load (its active clients) and its composition against the firm's standard; shared by list, suggest and assign.
import { Prisma } from "@/server/generated/prisma/client";
import type { GroupRole } from "@/server/generated/prisma/enums";
import type { Tx } from "@/server/db";

export const GROUP_ROLES = ["CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"] as const satisfies readonly GroupRole[];

export type Composition = Record<GroupRole, number>;

export const DEFAULT_COMPOSITION: Composition = { CHIEF_ACCOUNTANT: 1, ACCOUNTANT: 1, OPERATOR: 3 };

/**
 * The active clients of a group: distinct clients that either have an open program (DRAFT or APPROVED)
 * assigned to the group, or are CONNECTED and served by the group of their latest COMPLETED program.
 * `excludeClientId` leaves one client out (the client of a program being (re)assigned, so it is never
 * counted twice).
 */
export async function groupLoads(tx: Tx, groupIds: string[], opts: { excludeClientId?: string } = {}): Promise<Map<string, number>> {
  const loads = new Map<string, number>(groupIds.map((id) => [id, 0]));
  if (groupIds.length === 0) return loads;
  const ids = Prisma.join(groupIds);
  const exclude = opts.excludeClientId ?? "";
  const rows = await tx.$queryRaw<Array<{ groupId: string; load: number }>>`
    WITH served AS (
      SELECT p."groupId", p."clientId" FROM "TransitionProgram" p
      WHERE p."groupId" IN (${ids}) AND p.status IN ('DRAFT', 'APPROVED')
      UNION
      SELECT latest."groupId", latest."clientId" FROM (
        SELECT DISTINCT ON (p."clientId") p."groupId", p."clientId"
        FROM "TransitionProgram" p JOIN "Client" c ON c.id = p."clientId"
        WHERE c.stage = 'CONNECTED' AND p.status = 'COMPLETED'
          AND p."clientId" IN (SELECT q."clientId" FROM "TransitionProgram" q WHERE q."groupId" IN (${ids}) AND q.status = 'COMPLETED')
        ORDER BY p."clientId", p."completedAt" DESC NULLS LAST, p."createdAt" DESC
      ) latest
      WHERE latest."groupId" IN (${ids})
    )
    SELECT "groupId", COUNT(DISTINCT "clientId")::int AS load FROM served WHERE "clientId" <> ${exclude} GROUP BY "groupId"`;
  for (const row of rows) loads.set(row.groupId, Number(row.load));
  return loads;
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

/** How many members of each role a group lacks against the standard (only roles that are short). */
export function missingMembers(standard: Composition, members: Array<{ groupRole: GroupRole }>): Record<string, number> {
  const missing: Record<string, number> = {};
  for (const role of GROUP_ROLES) {
    const have = members.filter((m) => m.groupRole === role).length;
    if (have < standard[role]) missing[role] = standard[role] - have;
  }
  return missing;
}

/** Load divided by capacity; a group without capacity counts as full. */
export function relativeLoad(load: number, capacity: number): number {
  return capacity > 0 ? load / capacity : Number.POSITIVE_INFINITY;
}
