// The activity log: every change records who did what to which record, and when.
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";

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
