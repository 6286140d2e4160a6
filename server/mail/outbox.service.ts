// The firm's outbox for the admin page: list and open messages, scoped to the firm and the people it serves.
import { renderStoredEmail } from "@/emails/render";
import { db, type Db, type Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { EmailStatus, Prisma } from "@/server/generated/prisma/client";

/** Templates whose body lets the recipient sign in: shown only when an admin is the delivery channel (local). */
const SECRET_TEMPLATES = new Set(["magic-link"]);

const listSelect = {
  id: true,
  recipient: true,
  template: true,
  locale: true,
  subject: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  providerId: true,
  sentAt: true,
  createdAt: true,
} satisfies Prisma.EmailOutboxSelect;

export type OutboxItem = Prisma.EmailOutboxGetPayload<{ select: typeof listSelect }>;
export type OutboxPage = { items: OutboxItem[]; nextCursor: string | null };
export type OutboxMessage = OutboxItem & { html: string | null; text: string | null; hidden: "secret" | "unrenderable" | null };

/**
 * A firm's rows (aliased `o`), plus rows without a firm (sign-in links) sent to its staff or to authorized persons
 * of its clients. Addresses are stored lowercased (the outbox and every e-mail field normalize them), so each row's
 * check is a few probes of the e-mail indexes (one EXISTS over a UNION ALL, which PostgreSQL runs per row rather than
 * hashing every person of the firm) and nothing is loaded per person. Never widens to other firms.
 */
function firmRows(firmId: string): { own: Prisma.Sql; peoples: Prisma.Sql } {
  if (!firmId) throw new Error("the outbox scope needs a firm id");
  return {
    own: Prisma.sql`o."firmId" = ${firmId}`,
    peoples: Prisma.sql`o."firmId" IS NULL AND EXISTS (
      SELECT 1 FROM "User" u JOIN "StaffMember" s ON s."userId" = u."id" WHERE u."email" = o."recipient" AND s."firmId" = ${firmId}
      UNION ALL
      SELECT 1 FROM "AuthorizedPerson" p JOIN "Client" c ON c."id" = p."clientId" WHERE p."email" = o."recipient" AND c."firmId" = ${firmId}
      UNION ALL
      SELECT 1 FROM "User" u JOIN "AuthorizedPerson" p ON p."userId" = u."id" JOIN "Client" c ON c."id" = p."clientId"
      WHERE u."email" = o."recipient" AND c."firmId" = ${firmId}
    )`,
  };
}

/**
 * Ids of one page, newest first: the firm's rows by their (firmId, createdAt) index, the sign-in links by their
 * partial index, each stopping at the page size, then merged.
 */
async function pageIds(firmId: string, cursor: string | null | undefined, take: number, client: Db | Tx): Promise<string[]> {
  const scope = firmRows(firmId);
  const after = cursor
    ? Prisma.sql`AND (o."createdAt", o."id") < (SELECT c."createdAt", c."id" FROM "EmailOutbox" c WHERE c."id" = ${cursor})`
    : Prisma.empty;
  const half = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT o."id", o."createdAt" FROM "EmailOutbox" o WHERE ${where} ${after} ORDER BY o."createdAt" DESC, o."id" DESC LIMIT ${take})`;
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT page."id" FROM (${half(scope.own)} UNION ALL ${half(scope.peoples)}) page
    ORDER BY page."createdAt" DESC, page."id" DESC LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/** Newest first, keyset-paginated by id. */
export async function listOutbox(
  input: { firmId: string; cursor?: string | null; limit: number },
  client: Db | Tx = db,
): Promise<OutboxPage> {
  const take = Math.min(Math.max(Math.trunc(input.limit), 1), 100);
  const ids = await pageIds(input.firmId, input.cursor, take + 1, client);
  const rows = await client.emailOutbox.findMany({ where: { id: { in: ids } }, select: listSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.slice(0, take).flatMap((id) => byId.get(id) ?? []);
  return { items, nextCursor: ids.length > take ? (items.at(-1)?.id ?? null) : null };
}

/** Whether the row `id` is in the firm's scope. */
async function inScope(firmId: string, id: string, client: Db | Tx): Promise<boolean> {
  const scope = firmRows(firmId);
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "EmailOutbox" o WHERE o."id" = ${id} AND ((${scope.own}) OR (${scope.peoples}))`;
  return rows.length > 0;
}

/** One message with its rendered body; another firm's row is NOT_FOUND, like a missing one. */
export async function getOutboxMessage(input: { firmId: string; id: string }, client: Db | Tx = db): Promise<OutboxMessage> {
  const row = (await inScope(input.firmId, input.id, client))
    ? await client.emailOutbox.findUnique({ where: { id: input.id }, select: { ...listSelect, data: true } })
    : null;
  if (!row) throw notFound("email");
  const { data, ...item } = row;
  if (SECRET_TEMPLATES.has(row.template) && row.status !== EmailStatus.DELIVERED_LOCALLY) return { ...item, html: null, text: null, hidden: "secret" };
  try {
    const rendered = await renderStoredEmail(row.template, data, row.locale);
    return { ...item, html: rendered.html, text: rendered.text, hidden: null };
  } catch {
    return { ...item, html: null, text: null, hidden: "unrenderable" };
  }
}
