// The client a portal person is looking at: the one stored in the `portal_client` cookie if still theirs, else the first.
import { cookies } from "next/headers";
import type { PortalActor, PortalMembership } from "@/server/auth/actor";

export const PORTAL_CLIENT_COOKIE = "portal_client";

export async function currentMembership(actor: PortalActor): Promise<PortalMembership | null> {
  const chosen = (await cookies()).get(PORTAL_CLIENT_COOKIE)?.value;
  return actor.memberships.find((m) => m.clientId === chosen) ?? actor.memberships[0] ?? null;
}
