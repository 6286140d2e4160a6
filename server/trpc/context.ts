// The tRPC context: the actor resolved from the Auth.js session (or null when signed out).
import { currentSession } from "@/server/auth/session";
import { loadActorCached, type Actor } from "@/server/auth/actor";

export type Context = { actor: Actor | null; signedInAt: number | null; headers: Headers };

export async function createContext(opts: { headers: Headers }): Promise<Context> {
  const session = await currentSession();
  const userId = session?.user?.id;
  const actor = userId ? await loadActorCached(userId) : null;
  return { actor, signedInAt: actor ? session?.user.signedInAt ?? null : null, headers: opts.headers };
}
