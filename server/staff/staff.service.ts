// Staff of the actor's firm: the list (everyone) and one member with their open work (ADMIN).
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { notFound } from "@/server/errors";
import { openWorkOf } from "./open-work";

type Opts = { actor: StaffActor; tx?: Tx };

/** Everyone in the firm; `pending` means invited and no password set yet (the hash itself never leaves). */
export async function listStaff({ actor, tx = db }: Opts) {
  const rows = await tx.staffMember.findMany({
    where: staffFirmScope(actor),
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { id: true, role: true, active: true, phone: true, invitedAt: true, passwordHash: true, user: { select: { name: true, email: true } } },
  });
  return rows.map(({ passwordHash, ...row }) => ({ ...row, pending: passwordHash === null }));
}

/** One member with their open work and latest invitation, for the ADMIN's staff card. */
export async function getStaff({ actor, tx = db }: Opts, staffId: string) {
  const staff = await tx.staffMember.findFirst({
    where: { id: staffId, ...staffFirmScope(actor) },
    select: {
      id: true,
      role: true,
      active: true,
      phone: true,
      invitedAt: true,
      createdAt: true,
      passwordHash: true,
      user: { select: { name: true, email: true } },
      invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true, usedAt: true } },
    },
  });
  if (!staff) throw notFound("staff");
  const { passwordHash, invitations, ...rest } = staff;
  return { ...rest, pending: passwordHash === null, invitation: invitations[0] ?? null, isSelf: staff.id === actor.staffId, work: await openWorkOf(tx, staff.id) };
}
