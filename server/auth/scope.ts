// The one place that turns an actor into WHERE fragments: a record outside the actor's firm or client is NOT_FOUND.
import type { Prisma } from "@/server/generated/prisma/client";
import { notFound } from "@/server/errors";
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
