// Layout guards (for the user's sake; procedures enforce access): send each audience to its own area.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentSession } from "./session";
import { REQUEST_PATH_HEADER } from "./session-cookie";
import { loadActorCached, type Actor, type PortalActor, type StaffActor } from "./actor";

export const STAFF_HOME = "/office";
export const PORTAL_HOME = "/portal";

export function signInPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}

/** The actor of this request's session, or null when signed out (or no longer allowed to act). */
async function signedInActor(): Promise<Actor | null> {
  const session = await currentSession();
  return session?.user?.id ? loadActorCached(session.user.id) : null;
}

/** Sign-in that comes back to the page being visited (as the proxy saw it), or to `fallback`. */
async function signInRedirect(fallback: string): Promise<never> {
  const visited = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(signInPath(visited?.startsWith("/") && !visited.startsWith("//") ? visited : fallback));
}

/** The signed-in staff member, or a redirect (signed out: to sign-in; portal person: to the portal). */
export async function requireStaff(currentPath = STAFF_HOME): Promise<StaffActor> {
  const actor = await signedInActor();
  if (!actor) return signInRedirect(currentPath);
  if (actor.kind !== "staff") redirect(PORTAL_HOME);
  return actor;
}

/** The signed-in authorized person, or a redirect (signed out: to sign-in; staff: to the office). */
export async function requirePortalPerson(currentPath = PORTAL_HOME): Promise<PortalActor> {
  const actor = await signedInActor();
  if (!actor) return signInRedirect(currentPath);
  if (actor.kind !== "portal") redirect(STAFF_HOME);
  return actor;
}

/** Where a signed-in person belongs, or null when signed out. */
export async function homeOfCurrentUser(): Promise<string | null> {
  const actor = await signedInActor();
  if (!actor) return null;
  return actor.kind === "staff" ? STAFF_HOME : PORTAL_HOME;
}
