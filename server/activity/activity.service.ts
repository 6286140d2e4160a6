// The activity log: every change records who did what to which record, and when.
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import { z } from "zod";
import type { Actor, StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { notFound } from "@/server/errors";

export type ActivityInput = {
  firmId: string;
  clientId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Prisma.InputJsonValue;
};

/** Writes one activity row in the caller's transaction. Never put secrets into `data`. */
export function logActivity(tx: Tx, actor: Actor | null, input: ActivityInput) {
  return tx.activityLog.create({
    data: {
      firmId: input.firmId,
      clientId: input.clientId ?? null,
      actorUserId: actor?.userId ?? null,
      actorStaffId: actor?.kind === "staff" ? actor.staffId : null,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      data: input.data ?? undefined,
    },
  });
}

/** The latest activity of one client (the caller has already checked the client is in scope). */
export function listClientActivity(clientId: string, limit = 50, tx: Tx = db) {
  return tx.activityLog.findMany({
    where: { clientId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, subjectType: true, subjectId: true, data: true, createdAt: true, actorUserId: true, actor: { select: { user: { select: { name: true } } } } },
  });
}

export const activityPageInput = z.object({
  clientId: z.string().min(1).max(64),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ActivityPageInput = z.input<typeof activityPageInput>;

/** One page of a client's activity, newest first; NOT_FOUND when the client is outside the actor's scope. */
export async function clientActivityPage({ actor, tx = db }: { actor: StaffActor; tx?: Tx }, raw: ActivityPageInput) {
  const input = activityPageInput.parse(raw);
  const client = await tx.client.findFirst({ where: { AND: [staffClientScope(actor), { id: input.clientId }] }, select: { id: true } });
  if (!client) throw notFound("client");
  const rows = await tx.activityLog.findMany({
    where: { clientId: client.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      action: true,
      subjectType: true,
      subjectId: true,
      data: true,
      createdAt: true,
      actorUserId: true,
      actor: { select: { role: true, user: { select: { name: true, email: true } } } },
    },
  });
  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  const portalUserIds = [...new Set(page.filter((r) => !r.actor && r.actorUserId).map((r) => r.actorUserId!))];
  const portalUsers = portalUserIds.length
    ? await tx.user.findMany({ where: { id: { in: portalUserIds } }, select: { id: true, name: true, email: true } })
    : [];
  const names = new Map(portalUsers.map((u) => [u.id, u.name ?? u.email]));
  const items = page.map(({ actor: staff, actorUserId, ...row }) => ({
    ...row,
    actorName: staff ? (staff.user.name ?? staff.user.email) : actorUserId ? (names.get(actorUserId) ?? null) : null,
    actorKind: staff ? ("staff" as const) : actorUserId ? ("portal" as const) : ("system" as const),
  }));
  return { items, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}
