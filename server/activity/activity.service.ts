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

/** How many rows of activity one page holds (the client card's first page, each "show more"). */
export const ACTIVITY_PAGE_SIZE = 25;

export const activityPageInput = z.object({
  clientId: z.string().min(1).max(64),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(100).default(ACTIVITY_PAGE_SIZE),
});
export type ActivityPageInput = z.input<typeof activityPageInput>;

/** A page of a client's activity newest first, plus one row that tells whether more follow: alone or nested in a read of the client. */
export function activityPageArgs(limit: number) {
  return {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
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
  } satisfies Prisma.ActivityLogFindManyArgs;
}

type ActivityRow = Prisma.ActivityLogGetPayload<ReturnType<typeof activityPageArgs>>;

/** A portal person's name as the activity shows it: the user's name, else their e-mail. */
export function portalActorName(user: { name: string | null; email: string }): string {
  return user.name ?? user.email;
}

/** Names of the portal persons who acted in `rows`, by user id; only those missing from `known` are read. */
async function portalActorNames(tx: Tx, rows: ActivityRow[], known: ReadonlyMap<string, string>): Promise<ReadonlyMap<string, string>> {
  const missing = [...new Set(rows.filter((r) => !r.actor && r.actorUserId && !known.has(r.actorUserId)).map((r) => r.actorUserId!))];
  if (missing.length === 0) return known;
  const users = await tx.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, email: true } });
  return new Map([...known, ...users.map((u) => [u.id, portalActorName(u)] as const)]);
}

/**
 * Rows read with `activityPageArgs(limit)` as a page: who acted (staff, portal person or the system) and the cursor of
 * the next page. Portal persons' names come from `knownNames` (user id -> name) or, failing that, one more read.
 */
export async function toActivityPage(tx: Tx, rows: ActivityRow[], limit: number, knownNames: ReadonlyMap<string, string> = new Map()) {
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const names = await portalActorNames(tx, page, knownNames);
  const items = page.map(({ actor: staff, actorUserId, ...row }) => ({
    ...row,
    actorName: staff ? (staff.user.name ?? staff.user.email) : actorUserId ? (names.get(actorUserId) ?? null) : null,
    actorKind: staff ? ("staff" as const) : actorUserId ? ("portal" as const) : ("system" as const),
  }));
  return { items, nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}

export type ActivityPage = Awaited<ReturnType<typeof toActivityPage>>;

/** One page of a client's activity, newest first; NOT_FOUND when the client is outside the actor's scope. */
export async function clientActivityPage({ actor, tx = db }: { actor: StaffActor; tx?: Tx }, raw: ActivityPageInput) {
  const input = activityPageInput.parse(raw);
  const client = await tx.client.findFirst({ where: { AND: [staffClientScope(actor), { id: input.clientId }] }, select: { id: true } });
  if (!client) throw notFound("client");
  const rows = await tx.activityLog.findMany({
    where: { clientId: client.id },
    ...activityPageArgs(input.limit),
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  return toActivityPage(tx, rows, input.limit);
}
