// Portal notifications of a client (program started, task done, action needed, connected): list and mark read.
import type { z } from "zod";
import { db } from "@/server/db";
import type { PortalCtx } from "./context";
import { markReadInput } from "./portal.schema";

const forPerson = (ctx: PortalCtx) => ({ clientId: ctx.membership.clientId, OR: [{ personId: null }, { personId: ctx.membership.personId }] });

export async function listNotifications(ctx: PortalCtx) {
  const tx = ctx.tx ?? db;
  const [items, unread] = await Promise.all([
    tx.portalNotification.findMany({ where: forPerson(ctx), orderBy: { createdAt: "desc" }, take: 50, select: { id: true, kind: true, data: true, readAt: true, createdAt: true } }),
    tx.portalNotification.count({ where: { ...forPerson(ctx), readAt: null } }),
  ]);
  return {
    unread,
    items: items.map((n) => {
      const data = n.data && typeof n.data === "object" && !Array.isArray(n.data) ? n.data : {};
      const taskTitle = typeof data.taskTitle === "string" ? data.taskTitle : null;
      return { id: n.id, kind: n.kind, taskTitle, readAt: n.readAt, createdAt: n.createdAt };
    }),
  };
}

/** Marks one notification (or, without an id, all of them) read. */
export async function markNotificationsRead(ctx: PortalCtx, raw: z.input<typeof markReadInput>) {
  const input = markReadInput.parse(raw);
  const { count } = await (ctx.tx ?? db).portalNotification.updateMany({
    where: { ...forPerson(ctx), readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
    data: { readAt: new Date() },
  });
  return { count };
}

/** Counts for the portal's navigation badges. */
export async function portalBadges(ctx: PortalCtx) {
  const tx = ctx.tx ?? db;
  const [openTodos, unreadNotifications] = await Promise.all([
    tx.programTask.count({
      where: { responsibleRole: "CLIENT", status: { not: "DONE" }, program: { clientId: ctx.membership.clientId, status: "APPROVED" } },
    }),
    tx.portalNotification.count({ where: { ...forPerson(ctx), readAt: null } }),
  ]);
  return { openTodos, unreadNotifications };
}
