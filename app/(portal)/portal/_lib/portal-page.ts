// What every portal page starts with: a fresh request, the signed-in person, their current client and the tRPC caller.
import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requirePortalPerson } from "@/server/auth/guards";
import { serverApi } from "@/server/trpc/server";
import { currentMembership } from "../_shell/current-client";

export async function portalPage(path: string) {
  await connection();
  const [actor, api] = await Promise.all([requirePortalPerson(path), serverApi()]);
  const membership = await currentMembership(actor);
  if (!membership) notFound();
  return { actor, membership, api, clientId: membership.clientId };
}
