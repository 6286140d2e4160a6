// Choices for the client list's filters: the firm's managers and working groups, read in one round trip. A firm with
// more of either than a list can usefully show (a thousand groups at 100,000 clients) gets null: filter by name instead.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { CHOICE_LIST_LIMIT, firstChoices } from "@/server/choice-list";
import { staffByName } from "@/server/staff/order";

type Choice = { id: string; name: string };

function listOrNull<T>(rows: T[]): T[] | null {
  const { items, more } = firstChoices(rows);
  return more ? null : items;
}

export async function clientFilterOptions({ actor, tx = db }: { actor: StaffActor; tx?: Tx }): Promise<{ managers: Choice[] | null; groups: Choice[] | null }> {
  const firm = await tx.firm.findUnique({
    where: { id: staffFirmScope(actor).firmId },
    select: {
      staff: {
        where: { role: { in: ["MANAGER", "ADMIN"] } },
        orderBy: staffByName,
        take: CHOICE_LIST_LIMIT + 1,
        select: { id: true, user: { select: { name: true, email: true } } },
      },
      workingGroups: { orderBy: { name: "asc" }, take: CHOICE_LIST_LIMIT + 1, select: { id: true, name: true } },
    },
  });
  const managers = (firm?.staff ?? []).map((m) => ({ id: m.id, name: m.user.name ?? m.user.email }));
  return { managers: listOrNull(managers), groups: listOrNull(firm?.workingGroups ?? []) };
}
