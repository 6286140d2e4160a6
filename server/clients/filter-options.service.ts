// Choices for the client list's filters: the firm's managers and working groups, read in one round trip.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";

export async function clientFilterOptions({ actor, tx = db }: { actor: StaffActor; tx?: Tx }) {
  const firm = await tx.firm.findUnique({
    where: { id: staffFirmScope(actor).firmId },
    select: {
      staff: {
        where: { role: { in: ["MANAGER", "ADMIN"] } },
        orderBy: { user: { name: "asc" } },
        select: { id: true, user: { select: { name: true, email: true } } },
      },
      workingGroups: { orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
  const managers = firm?.staff ?? [];
  return { managers: managers.map((m) => ({ id: m.id, name: m.user.name ?? m.user.email })), groups: firm?.workingGroups ?? [] };
}
