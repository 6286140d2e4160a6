// Staff of the actor's firm: the directory (everyone, by pages), choices for forms, and one member with their open work (ADMIN).
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffFirmScope } from "@/server/auth/scope";
import { notFound } from "@/server/errors";
import { CHOICE_LIST_LIMIT, firstChoices, pageOf } from "@/server/choice-list";
import { openWorkOf } from "./open-work";
import { staffByName } from "./order";
import { staffChoicesInput, staffListInput, type StaffChoicesInput, type StaffListInput } from "./staff.schema";

type Opts = { actor: StaffActor; tx?: Tx };

function nameOrEmail(search: string | undefined): Prisma.StaffMemberWhereInput {
  if (!search) return {};
  return { user: { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } };
}

/** Keyset pagination in `staffByName` order: members after the cursor's (name, id). */
async function afterCursor(tx: Tx, actor: StaffActor, cursor: string | undefined): Promise<Prisma.StaffMemberWhereInput> {
  if (!cursor) return {};
  const row = await tx.staffMember.findFirst({ where: { id: cursor, ...staffFirmScope(actor) }, select: { id: true, sortName: true } });
  if (!row) return { id: "__no_such_cursor__" };
  const name = row.sortName;
  if (name === null) return { sortName: null, id: { gt: row.id } };
  return { OR: [{ sortName: { gt: name } }, { sortName: name, id: { gt: row.id } }, { sortName: null }] };
}

/** One page of the firm's members; `pending` means invited and no password set yet (the hash itself never leaves). */
export async function listStaff({ actor, tx = db }: Opts, rawInput?: StaffListInput) {
  const input = staffListInput.parse(rawInput);
  const rows = await tx.staffMember.findMany({
    where: { AND: [staffFirmScope(actor), nameOrEmail(input.search), input.role ? { role: input.role } : {}, await afterCursor(tx, actor, input.cursor)] },
    orderBy: staffByName,
    take: input.limit + 1,
    select: { id: true, role: true, active: true, phone: true, invitedAt: true, passwordHash: true, user: { select: { name: true, email: true } } },
  });
  const page = pageOf(rows, input.limit);
  return { ...page, items: page.items.map(({ passwordHash, ...row }) => ({ ...row, pending: passwordHash === null })) };
}

/**
 * Active members a form may offer (a new lead's manager, a hand-over's successor, a group's new member): the first
 * CHOICE_LIST_LIMIT by name, and whether there are more, in which case the form asks for a part of the name.
 */
export async function staffChoices({ actor, tx = db }: Opts, rawInput: StaffChoicesInput) {
  const input = staffChoicesInput.parse(rawInput);
  const rows = await tx.staffMember.findMany({
    where: {
      AND: [
        staffFirmScope(actor),
        { active: true },
        nameOrEmail(input.search),
        input.roles ? { role: { in: input.roles } } : {},
        input.excludeStaffId ? { id: { not: input.excludeStaffId } } : {},
        input.notInGroupId ? { groupMemberships: { none: { groupId: input.notInGroupId } } } : {},
      ],
    },
    orderBy: staffByName,
    take: CHOICE_LIST_LIMIT + 1,
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
  return firstChoices(rows.map((row) => ({ id: row.id, role: row.role, name: row.user.name ?? row.user.email, email: row.user.email })));
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
