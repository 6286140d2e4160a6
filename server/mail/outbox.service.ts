// The firm's outbox for the admin page: list and open messages, scoped to the firm and the people it serves.
import { renderStoredEmail } from "@/emails/render";
import { db, type Db, type Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { EmailStatus, type Prisma } from "@/server/generated/prisma/client";

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
 * The firm's rows, plus rows without a firm (sign-in links) sent to its staff or to authorized persons of
 * its clients. Never widens to other firms: the firm id is required.
 */
async function firmScope(firmId: string, client: Db | Tx): Promise<Prisma.EmailOutboxWhereInput> {
  if (!firmId) throw new Error("firmScope needs a firm id");
  const [staff, persons] = await Promise.all([
    client.staffMember.findMany({ where: { firmId }, select: { user: { select: { email: true } } } }),
    client.authorizedPerson.findMany({
      where: { client: { firmId } },
      select: { email: true, user: { select: { email: true } } },
    }),
  ]);
  const emails = new Set<string>();
  for (const member of staff) emails.add(member.user.email.toLowerCase());
  for (const person of persons) {
    emails.add(person.email.toLowerCase());
    emails.add(person.user.email.toLowerCase());
  }
  return { OR: [{ firmId }, { firmId: null, recipient: { in: [...emails] } }] };
}

/** Newest first, keyset-paginated by id. */
export async function listOutbox(
  input: { firmId: string; cursor?: string | null; limit: number },
  client: Db | Tx = db,
): Promise<OutboxPage> {
  const take = Math.min(Math.max(Math.trunc(input.limit), 1), 100);
  const rows = await client.emailOutbox.findMany({
    where: await firmScope(input.firmId, client),
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, take);
  return { items, nextCursor: rows.length > take ? (items.at(-1)?.id ?? null) : null };
}

/** One message with its rendered body; another firm's row is NOT_FOUND, like a missing one. */
export async function getOutboxMessage(input: { firmId: string; id: string }, client: Db | Tx = db): Promise<OutboxMessage> {
  const scope = await firmScope(input.firmId, client);
  const row = await client.emailOutbox.findFirst({
    where: { AND: [{ id: input.id }, scope] },
    select: { ...listSelect, data: true },
  });
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
