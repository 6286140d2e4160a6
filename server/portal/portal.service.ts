// What an authorized person may read about themselves and their clients.
import { db, type Tx } from "@/server/db";
import type { PortalActor } from "@/server/auth/actor";
import { portalClientScope } from "@/server/auth/scope";

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
