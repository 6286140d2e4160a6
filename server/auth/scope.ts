// The one place that turns an actor into WHERE fragments: a record outside the actor's firm or client is NOT_FOUND.
import { Prisma } from "@/server/generated/prisma/client";
import { notFound } from "@/server/errors";
import { OPEN_PROGRAM_STATUSES_SQL } from "@/server/programs/access";
import type { PortalActor, PortalMembership, StaffActor } from "./actor";

/** Refuses an empty id: an `undefined` in a Prisma where would silently drop the condition. */
export function requireId(id: string | null | undefined, what = "id"): string {
  if (typeof id !== "string" || id.length === 0) throw new Error(`scope: missing ${what}`);
  return id;
}

/**
 * Clients a staff member may see: ADMIN the whole firm; MANAGER the clients they manage and unassigned
 * leads; CHIEF_ACCOUNTANT their groups' clients and every client still at LEAD or AUDIT (they run the
 * express audits); ACCOUNTANT and OPERATOR the clients whose program is served by one of their groups.
 */
export function staffClientScope(actor: StaffActor): Prisma.ClientWhereInput {
  const firmId = requireId(actor.firmId, "firmId");
  const staffId = requireId(actor.staffId, "staffId");
  switch (actor.role) {
    case "ADMIN":
      return { firmId };
    case "MANAGER":
      return { firmId, OR: [{ managerId: staffId }, { managerId: null }] };
    case "CHIEF_ACCOUNTANT":
      return { firmId, OR: [{ programs: { some: { group: { members: { some: { staffId } } } } } }, { stage: { in: ["LEAD", "AUDIT"] } }] };
    case "ACCOUNTANT":
    case "OPERATOR":
      return { firmId, programs: { some: { group: { members: { some: { staffId } } } } } };
    default:
      return { id: "__no_access__" };
  }
}

/**
 * The same rule as staffClientScope, as an SQL condition on the "Client" row aliased `alias`, for the few hand-written
 * statements (the dashboard). tests/integration/dashboard-summaries.test.ts checks both select the same clients for every role.
 */
export function staffClientScopeSql(actor: StaffActor, alias: string): Prisma.Sql {
  const firmId = requireId(actor.firmId, "firmId");
  const staffId = requireId(actor.staffId, "staffId");
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`scope: bad alias ${alias}`);
  const c = Prisma.raw(`"${alias}"`);
  const servedByMyGroup = Prisma.sql`EXISTS (SELECT 1 FROM "TransitionProgram" sp JOIN "WorkingGroupMember" sm ON sm."groupId" = sp."groupId" WHERE sp."clientId" = ${c}."id" AND sm."staffId" = ${staffId})`;
  switch (actor.role) {
    case "ADMIN":
      return Prisma.sql`${c}."firmId" = ${firmId}`;
    case "MANAGER":
      return Prisma.sql`(${c}."firmId" = ${firmId} AND (${c}."managerId" = ${staffId} OR ${c}."managerId" IS NULL))`;
    case "CHIEF_ACCOUNTANT":
      return Prisma.sql`(${c}."firmId" = ${firmId} AND (${servedByMyGroup} OR ${c}."stage" IN ('LEAD', 'AUDIT')))`;
    case "ACCOUNTANT":
    case "OPERATOR":
      return Prisma.sql`(${c}."firmId" = ${firmId} AND ${servedByMyGroup})`;
    default:
      return Prisma.sql`FALSE`;
  }
}

/**
 * A condition on an open program (the "TransitionProgram" row aliased `alias`) that every program in the actor's
 * client scope meets and that PostgreSQL can start from by index: a manager's programs by the program's manager
 * (triggers keep it equal to the client's manager while the program is open), a group member's from their groups'
 * clients (a chief accountant's also from the programs whose client is at LEAD or AUDIT, by the program's copy of its
 * client's stage). Never a scope by itself: always combine with staffClientScopeSql, it only spares testing the scope
 * on every open program of the firm.
 */
export function openProgramNarrowingSql(actor: StaffActor, alias: string): Prisma.Sql {
  const staffId = requireId(actor.staffId, "staffId");
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`scope: bad alias ${alias}`);
  const p = Prisma.raw(`"${alias}"`);
  const served = Prisma.sql`SELECT sp."clientId" FROM "WorkingGroupMember" sm JOIN "TransitionProgram" sp ON sp."groupId" = sm."groupId" WHERE sm."staffId" = ${staffId}`;
  switch (actor.role) {
    case "ADMIN":
      return Prisma.sql`TRUE`;
    case "MANAGER":
      return Prisma.sql`(${p}."managerId" = ${staffId} OR ${p}."managerId" IS NULL)`;
    case "CHIEF_ACCOUNTANT":
      return Prisma.sql`${p}."clientId" IN (${served} UNION ALL SELECT lp."clientId" FROM "TransitionProgram" lp
        WHERE lp."clientStage" IN ('LEAD', 'AUDIT') AND lp."status" IN ${OPEN_PROGRAM_STATUSES_SQL})`;
    case "ACCOUNTANT":
    case "OPERATOR":
      return Prisma.sql`${p}."clientId" IN (${served})`;
    default:
      return Prisma.sql`FALSE`;
  }
}

/** Staff members of the actor's firm. */
export function staffFirmScope(actor: StaffActor): { firmId: string } {
  return { firmId: requireId(actor.firmId, "firmId") };
}

/** The actor's membership of a client, or NOT_FOUND when they are not one of its authorized persons. */
export function portalMembership(actor: PortalActor, clientId: string): PortalMembership {
  const membership = actor.memberships.find((m) => m.clientId === requireId(clientId, "clientId"));
  if (!membership) throw notFound("client");
  return membership;
}

/** Clients of a portal person. */
export function portalClientScope(actor: PortalActor): Prisma.ClientWhereInput {
  return { id: { in: actor.memberships.map((m) => requireId(m.clientId, "clientId")) } };
}
