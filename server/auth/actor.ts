// Who is acting: loaded from the database on every request, so a deactivation or revocation takes effect at once.
import { cache } from "react";
import { db } from "@/server/db";
import type { StaffRole } from "@/server/generated/prisma/enums";

export type StaffActor = {
  kind: "staff";
  userId: string;
  staffId: string;
  firmId: string;
  role: StaffRole;
  name: string;
  email: string;
};

export type PortalMembership = {
  personId: string;
  clientId: string;
  clientName: string;
  firmId: string;
  canViewCredentials: boolean;
  canManagePersons: boolean;
};

export type PortalActor = {
  kind: "portal";
  userId: string;
  name: string;
  email: string;
  memberships: PortalMembership[];
};

export type Actor = StaffActor | PortalActor;

/** Resolves a signed-in user id to an actor; null when the user may no longer act (deactivated, revoked). */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      staffMember: { select: { id: true, firmId: true, role: true, active: true } },
      authorizedPersons: {
        where: { invitationState: { not: "REVOKED" } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fullName: true,
          canViewCredentials: true,
          canManagePersons: true,
          client: { select: { id: true, name: true, firmId: true } },
        },
      },
    },
  });
  if (!user) return null;
  const staff = user.staffMember;
  if (staff) {
    if (!staff.active) return null;
    return { kind: "staff", userId: user.id, staffId: staff.id, firmId: staff.firmId, role: staff.role, name: user.name ?? user.email, email: user.email };
  }
  if (user.authorizedPersons.length === 0) return null;
  return {
    kind: "portal",
    userId: user.id,
    name: user.authorizedPersons[0]?.fullName ?? user.name ?? user.email,
    email: user.email,
    memberships: user.authorizedPersons.map((person) => ({
      personId: person.id,
      clientId: person.client.id,
      clientName: person.client.name,
      firmId: person.client.firmId,
      canViewCredentials: person.canViewCredentials,
      canManagePersons: person.canManagePersons,
    })),
  };
}

/** The same lookup once per server request (layouts, pages and the tRPC caller share it). */
export const loadActorCached = cache(loadActor);
