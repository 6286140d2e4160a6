// Staff of the actor's firm.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";

export async function listStaff({ actor, tx = db }: { actor: StaffActor; tx?: Tx }) {
  return tx.staffMember.findMany({
    where: staffFirmScope(actor),
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { id: true, role: true, active: true, phone: true, user: { select: { name: true, email: true } } },
  });
}
