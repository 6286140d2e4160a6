// What an authorized person may read about themselves and their clients, and what signing in changes.
import { db, type Tx } from "@/server/db";
import type { PortalActor } from "@/server/auth/actor";
import { portalClientScope } from "@/server/auth/scope";
import { consumeSignInCodes } from "@/server/auth/sign-in-code";
import { logActivity } from "@/server/activity/activity.service";

type Opts = { actor: PortalActor; tx?: Tx };

export function portalMe({ actor }: Opts) {
  return {
    name: actor.name,
    email: actor.email,
    clients: actor.memberships.map((m) => ({
      clientId: m.clientId,
      clientName: m.clientName,
      canViewCredentials: m.canViewCredentials,
      canManagePersons: m.canManagePersons,
    })),
  };
}

export async function listPortalClients({ actor, tx = db }: Opts) {
  return tx.client.findMany({
    where: portalClientScope(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true, stage: true, firm: { select: { name: true } } },
  });
}

/**
 * Called by Auth.js after every sign-in: invited persons of this user become ACTIVE (accepted now), and any
 * sign-in code still open for their address stops working (the link and its code are used once, together).
 */
export async function markSignedIn(userId: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, authorizedPersons: { where: { invitationState: "INVITED" }, select: { id: true, clientId: true, fullName: true, client: { select: { firmId: true } } } } },
  });
  if (!user) return;
  await db.$transaction(async (tx) => {
    for (const person of user.authorizedPersons) {
      await tx.authorizedPerson.update({ where: { id: person.id }, data: { invitationState: "ACTIVE", acceptedAt: now } });
      await logActivity(tx, null, { firmId: person.client.firmId, clientId: person.clientId, action: "person.accepted", subjectType: "AuthorizedPerson", subjectId: person.id, data: { fullName: person.fullName } });
    }
  });
  await consumeSignInCodes(user.email, { now });
}
