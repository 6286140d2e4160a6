// Choices for the client list's filters: the firm's managers and working groups (small lists, one round trip each).
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";

export async function clientFilterOptions({ actor, tx = db }: { actor: StaffActor; tx?: Tx }) {
  const firm = staffFirmScope(actor);
  const [managers, groups] = await Promise.all([
    tx.staffMember.findMany({
      where: { ...firm, role: { in: ["MANAGER", "ADMIN"] } },
      orderBy: { user: { name: "asc" } },
      select: { id: true, user: { select: { name: true, email: true } } },
    }),
    tx.workingGroup.findMany({ where: firm, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { managers: managers.map((m) => ({ id: m.id, name: m.user.name ?? m.user.email })), groups };
}
