// Test helpers: real actors loaded the same way the app loads them, and tRPC callers for them.
import { TRPCError } from "@trpc/server";
import { db } from "@/server/db";
import { loadActor, type Actor } from "@/server/auth/actor";
import { createCaller } from "@/server/trpc/root";

export async function actorByEmail(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`${email} cannot act`);
  return actor;
}

export function callerFor(actor: Actor | null, opts: { signedInAt?: number } = {}) {
  return createCaller({ actor, signedInAt: actor ? (opts.signedInAt ?? Date.now()) : null, headers: new Headers() });
}

export async function callerByEmail(email: string) {
  return callerFor(await actorByEmail(email));
}

export function staffActor(actor: Actor) {
  if (actor.kind !== "staff") throw new Error("expected a staff actor");
  return actor;
}

export function portalActor(actor: Actor) {
  if (actor.kind !== "portal") throw new Error("expected a portal actor");
  return actor;
}

/** "OK" when the call succeeds, else its tRPC error code (anything else is rethrown). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
