// Cloud access in the portal: once CONNECTED, the applications and the person's own logins; passwords only on a fresh reveal.
import type { z } from "zod";
import { db, type Tx } from "@/server/db";
import type { PortalActor, PortalMembership } from "@/server/auth/actor";
import { AppError, notFound } from "@/server/errors";
import { logActivity } from "@/server/activity/activity.service";
import { decryptSecret } from "@/server/cloud-access/crypto";
import { clientIp, enforceRateLimits } from "@/server/rate-limit/rate-limit";
import { rateKey } from "@/server/rate-limit/rules";
import type { PortalCtx } from "./context";
import { accessInput } from "./portal.schema";

/** How long after signing in a person may see passwords; later they confirm with a fresh code. */
export const REVEAL_FRESHNESS_MS = 15 * 60_000;

async function isConnected(tx: Tx, clientId: string): Promise<boolean> {
  const client = await tx.client.findUniqueOrThrow({ where: { id: clientId }, select: { stage: true } });
  return client.stage === "CONNECTED";
}

async function assertConnected(tx: Tx, clientId: string): Promise<void> {
  if (!(await isConnected(tx, clientId))) throw new AppError("PRECONDITION_FAILED", "portal.errors.notConnected", { message: "the client is not connected yet" });
}

export async function ownAccess(tx: Tx, membership: PortalMembership, accessId: string) {
  const access = await tx.cloudAccess.findFirst({ where: { id: accessId, clientId: membership.clientId, personId: membership.personId } });
  if (!access) throw notFound("cloud access");
  return access;
}

/** Applications with links, and the person's own logins; never a password. Empty until the client is CONNECTED. */
export async function listAccess({ membership, tx = db }: PortalCtx) {
  if (!(await isConnected(tx, membership.clientId))) return { connected: false, accesses: [], applications: [] };
  const rows = await tx.cloudAccess.findMany({
    where: { clientId: membership.clientId },
    orderBy: [{ application: "asc" }, { createdAt: "asc" }],
    select: { id: true, application: true, url: true, login: true, personId: true },
  });
  const accesses = rows.filter((r) => r.personId === membership.personId).map(({ id, application, url, login }) => ({ id, application, url, login }));
  const own = new Set(accesses.map((a) => `${a.application}\n${a.url}`));
  const applications = [...new Map(rows.map((r) => [`${r.application}\n${r.url}`, { application: r.application, url: r.url }])).entries()]
    .filter(([key]) => !own.has(key))
    .map(([, app]) => app);
  return { connected: true, accesses, applications };
}

/**
 * The decrypted password of the person's own login: only within 15 minutes of signing in, rate-limited per person
 * and per address, and logged (without the password).
 */
export async function revealPassword(
  { actor, membership, now = new Date(), signedInAt, headers }: PortalCtx & { signedInAt: number | null; headers: Headers },
  raw: z.input<typeof accessInput>,
) {
  const input = accessInput.parse(raw);
  await assertConnected(db, membership.clientId);
  if (!signedInAt || now.getTime() - signedInAt > REVEAL_FRESHNESS_MS) {
    throw new AppError("FORBIDDEN", "portal.errors.freshSignInRequired", { message: "sign in again to see passwords" });
  }
  await enforceRateLimits([rateKey("revealPerPerson", membership.personId), rateKey("revealPerIp", clientIp(headers))], "portal.errors.tooManyReveals");
  const access = await ownAccess(db, membership, input.accessId);
  const password = decryptSecret(access.passwordEncrypted, access.keyId);
  await logActivity(db, actor, {
    firmId: membership.firmId,
    clientId: membership.clientId,
    action: "cloudAccess.revealedByPerson",
    subjectType: "CloudAccess",
    subjectId: access.id,
    data: { application: access.application, login: access.login, person: actor.name },
  });
  return { password };
}

/** A reveal by a person without the credentials permission: recorded for the staff before it is refused. */
export async function logRevealRefused(actor: PortalActor, membership: PortalMembership, accessId: unknown): Promise<void> {
  const subjectId = typeof accessId === "string" && accessId.length > 0 && accessId.length <= 64 ? accessId : membership.clientId;
  await logActivity(db, actor, {
    firmId: membership.firmId,
    clientId: membership.clientId,
    action: "cloudAccess.revealRefused",
    subjectType: subjectId === membership.clientId ? "Client" : "CloudAccess",
    subjectId,
    data: { person: actor.name, reason: "noCredentialsPermission" },
  });
}
