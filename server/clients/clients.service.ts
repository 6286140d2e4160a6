// Client reads for staff, always inside the actor's scope.
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { notFound } from "@/server/errors";
import { clientListInput, type ClientListInput } from "./clients.schema";

type Opts = { actor: StaffActor; tx?: Tx };

function searchWhere(search: string | undefined): Prisma.ClientWhereInput {
  if (!search) return {};
  if (/^\d{3,12}$/.test(search)) return { inn: { startsWith: search } };
  return { name: { contains: search, mode: "insensitive" } };
}

/** One page of clients ordered by name, with a cursor to the next page. */
export async function listClients({ actor, tx = db }: Opts, rawInput: ClientListInput) {
  const input = clientListInput.parse(rawInput);
  const where: Prisma.ClientWhereInput = {
    AND: [
      staffClientScope(actor),
      searchWhere(input.search),
      input.stage ? { stage: input.stage } : {},
      input.managerId ? { managerId: input.managerId } : {},
      input.groupId ? { programs: { some: { groupId: input.groupId } } } : {},
    ],
  };
  const rows = await tx.client.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      name: true,
      inn: true,
      stage: true,
      taxRegime: true,
      manager: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

/** The client card; NOT_FOUND outside the actor's scope. */
export async function getClient({ actor, tx = db }: Opts, clientId: string) {
  const client = await tx.client.findFirst({
    where: { AND: [staffClientScope(actor), { id: clientId }] },
    include: {
      manager: { select: { id: true, role: true, user: { select: { name: true, email: true } } } },
      authorizedPersons: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fullName: true, position: true, email: true, invitationState: true, canViewCredentials: true, canManagePersons: true },
      },
    },
  });
  if (!client) throw notFound("client");
  return client;
}
