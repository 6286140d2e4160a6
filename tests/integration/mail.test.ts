// Mail outbox on a real database with the real Resend SDK talking to a local fake API: delivery, retries, locking, scope.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthorizedPerson, createClient, createFirm, createStaff } from "@/prisma/factories";
import { createPrismaClient, db } from "@/server/db";
import { AppError } from "@/server/errors";
import { EmailDataError } from "@/emails/render";
import { deliverPending, enqueueEmail, MAX_ATTEMPTS, retryDelayMs, type EmailInput } from "@/server/mail/outbox";
import { getOutboxMessage, listOutbox } from "@/server/mail/outbox.service";
import { deliverSoon, sendEmail } from "@/server/mail/send";
import { localTransport, resendTransport, type MailTransport } from "@/server/mail/transport";
import { startFakeResend, type FakeResend } from "@/tests/support/fake-resend";

const API_KEY = "re_test_secret_key_123";
let fake: FakeResend;
let firmId: string;

beforeAll(async () => {
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url; // read by the SDK when resendTransport() constructs it
  firmId = (await createFirm(db)).id;
});
afterAll(() => fake.close());

const resend = () => resendTransport(API_KEY, { from: "Бухобслуживание <noreply@test.local>" });
const email = (tag = "p") => `${tag}-${randomUUID().slice(0, 8)}@client.test`;
const sentTo = (to: string) => fake.messages.filter((m) => m.to.includes(to));
const invitation = (to: string, extra: Partial<EmailInput> = {}): EmailInput => ({
  to,
  template: "invitation",
  locale: "ru",
  firmId,
  data: { personName: "Анна", clientName: "ООО «Ромашка»", firmName: "Север", signInUrl: "https://app.test/sign-in" },
  ...extra,
} as EmailInput);

describe("sendEmail through Resend", () => {
  it("writes the outbox row and delivers it at once", async () => {
    const to = email();
    const result = await sendEmail(invitation(to), { transport: resend() });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: result.id } });
    const [message] = sentTo(to);
    expect(result.status).toBe("SENT");
    expect(row).toMatchObject({ status: "SENT", attempts: 1, recipient: to, firmId, providerId: message?.id, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(message).toMatchObject({ subject: row.subject, idempotencyKey: row.id, from: "Бухобслуживание <noreply@test.local>" });
    expect(message?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(message?.html).toContain("https://app.test/sign-in");
    expect(message?.text).toContain("https://app.test/sign-in");
  });

  it("keeps the row PENDING with a scheduled retry while the provider fails, then sends it exactly once", async () => {
    const to = email();
    fake.setDown(true);
    const before = Date.now();
    const result = await sendEmail(invitation(to), { transport: resend() });
    fake.setDown(false);
    const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id: result.id } });
    expect(result.status).toBe("PENDING");
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(failed.lastError).toMatch(/500/);
    expect(failed.lastError).not.toContain(API_KEY);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(before + 5_000);
    expect(sentTo(to)).toHaveLength(0);

    expect((await deliverPending({ transport: resend(), ids: [result.id] })).claimed).toBe(0);
    const later = new Date(failed.nextAttemptAt.getTime() + 1);
    expect(await deliverPending({ transport: resend(), ids: [result.id], now: later })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await deliverPending({ transport: resend(), ids: [result.id], now: later })).toMatchObject({ claimed: 0 });
    expect(sentTo(to)).toHaveLength(1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("does not deliver twice after an ambiguous failure (accepted, but the answer was lost)", async () => {
    const to = email();
    const real = resend();
    const lossy: MailTransport = { name: "resend", deliver: async (msg) => (await real.deliver(msg), Promise.reject(new Error("socket hang up"))) };
    const { id } = await sendEmail(invitation(to), { transport: lossy });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    await deliverPending({ transport: real, ids: [id], now: new Date(row.nextAttemptAt.getTime() + 1) });
    expect(sentTo(to)).toHaveLength(1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", providerId: sentTo(to)[0]?.id });
  });

  it("marks the row FAILED after the last attempt, keeping it", async () => {
    const { id } = await enqueueEmail(invitation(email()));
    await db.emailOutbox.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    fake.failNext(1);
    expect(await deliverPending({ transport: resend(), ids: [id] })).toMatchObject({ failed: 1 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });
});

describe("several instances", () => {
  it("deliver each of N messages exactly once", async () => {
    const url = process.env.DATABASE_URL!;
    const [a, b] = [createPrismaClient(url, { max: 4 }), createPrismaClient(url, { max: 4 })];
    const recipients = Array.from({ length: 24 }, () => email("many"));
    const ids = await Promise.all(recipients.map((to) => enqueueEmail(invitation(to)).then((r) => r.id)));
    const calls = new Map<string, number>();
    const real = resend();
    const counting: MailTransport = {
      name: "resend",
      async deliver(msg) {
        calls.set(msg.idempotencyKey, (calls.get(msg.idempotencyKey) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
        return real.deliver(msg);
      },
    };
    const drain = async (client: typeof a) => {
      for (let total = 0; ; ) {
        const { claimed } = await deliverPending({ client, transport: counting, ids, limit: 3 });
        if (claimed === 0) return total;
        total += claimed;
      }
    };
    try {
      const [a1, b1, a2, b2] = await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
      expect(a1! + a2!).toBeGreaterThan(0);
      expect(b1! + b2!).toBeGreaterThan(0);
      expect(a1! + b1! + a2! + b2!).toBe(ids.length);
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
    expect(ids.map((id) => calls.get(id))).toEqual(ids.map(() => 1));
    for (const to of recipients) expect(sentTo(to)).toHaveLength(1);
    expect(await db.emailOutbox.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(ids.length);
  });
});

describe("local transport, idempotency and transactions", () => {
  it("marks a locally kept message DELIVERED_LOCALLY", async () => {
    const local = localTransport();
    const to = email();
    const { id, status } = await sendEmail(invitation(to), { transport: local });
    expect(status).toBe("DELIVERED_LOCALLY");
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DELIVERED_LOCALLY", providerId: null });
    expect(local.messages.map((m) => m.to)).toEqual([to]);
    expect(sentTo(to)).toHaveLength(0);
  });

  it("makes one row per dedupeKey, also twice inside one transaction", async () => {
    const dedupeKey = `invite:${randomUUID()}`;
    const first = await sendEmail(invitation(email(), { dedupeKey }), { transport: localTransport() });
    const second = await sendEmail(invitation(email(), { dedupeKey }), { transport: localTransport() });
    expect(second).toMatchObject({ id: first.id, created: false, status: "DELIVERED_LOCALLY" });
    const txKey = `invite:${randomUUID()}`;
    const [x, y] = await db.$transaction(async (tx) => [
      await enqueueEmail(invitation(email(), { dedupeKey: txKey }), tx),
      await enqueueEmail(invitation(email(), { dedupeKey: txKey }), tx),
    ]);
    expect(y).toEqual({ id: x?.id, created: false });
    expect(await db.emailOutbox.count({ where: { dedupeKey: { in: [dedupeKey, txKey] } } })).toBe(2);
  });

  it("inside a transaction only enqueues; deliverSoon after the commit sends; a rollback leaves nothing", async () => {
    const to = email();
    const result = await db.$transaction((tx) => sendEmail(invitation(to), { client: tx, transport: resend() }));
    expect(result.status).toBe("PENDING");
    expect(sentTo(to)).toHaveLength(0);
    expect(await deliverSoon({ transport: resend(), ids: [result.id] })).toMatchObject({ sent: 1 });
    expect(sentTo(to)).toHaveLength(1);

    const lost = email();
    await expect(
      db.$transaction(async (tx) => {
        await sendEmail(invitation(lost), { client: tx, transport: resend() });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await db.emailOutbox.count({ where: { recipient: lost } })).toBe(0);
  });

  it("refuses bad data at enqueue, writing nothing", async () => {
    const to = email();
    const bad = { to, template: "invitation", locale: "ru", data: { personName: "A" } } as EmailInput;
    await expect(enqueueEmail(bad)).rejects.toThrow(EmailDataError);
    await expect(enqueueEmail(invitation("not-an-email"))).rejects.toThrow(EmailDataError);
    expect(await db.emailOutbox.count({ where: { recipient: to } })).toBe(0);
  });

  it("schedules retries from 10 s doubling up to one hour, with bounded jitter", () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, () => 0.5))).toEqual([10_000, 20_000, 40_000]);
    expect(retryDelayMs(30, () => 0.5)).toBe(3_600_000);
    expect([retryDelayMs(1, () => 0), retryDelayMs(1, () => 1)]).toEqual([9_000, 11_000]);
  });
});

describe("the firm's outbox", () => {
  it("shows the firm's rows and sign-in links of its people, never another firm's", async () => {
    const other = await createFirm(db);
    const client = await createClient(db, { firmId });
    const person = await createAuthorizedPerson(db, { clientId: client.id });
    const staff = await createStaff(db, { firmId, role: "MANAGER" });
    const otherStaff = await createStaff(db, { firmId: other.id, role: "ADMIN" });
    const magic = (to: string) => ({ to, template: "magic-link", locale: "en", data: { url: "https://app.test/cb?token=secret", expiresInMinutes: 10 } }) as const;

    const own = await enqueueEmail(invitation(email()));
    const foreign = await enqueueEmail(invitation(email(), { firmId: other.id }));
    const personLink = await sendEmail(magic(person.email), { transport: localTransport() });
    const staffLink = await sendEmail(magic(staff.user.email.toUpperCase()), { transport: resend() });
    const otherStaffLink = await enqueueEmail(magic(otherStaff.user.email));
    const strangerLink = await enqueueEmail(magic(email("stranger")));

    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listOutbox>> = await listOutbox({ firmId, cursor, limit: 2 });
      expect(page.items.length).toBeLessThanOrEqual(2);
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    for (const id of [own.id, personLink.id, staffLink.id]) expect(seen).toContain(id);
    for (const id of [foreign.id, otherStaffLink.id, strangerLink.id]) expect(seen).not.toContain(id);

    const opened = await getOutboxMessage({ firmId, id: own.id });
    expect(opened.html).toContain("https://app.test/sign-in");
    expect(opened).not.toHaveProperty("data");
    expect((await getOutboxMessage({ firmId, id: personLink.id })).html).toContain("token=secret");
    expect(await getOutboxMessage({ firmId, id: staffLink.id })).toMatchObject({ html: null, text: null, hidden: "secret" });
    for (const id of [foreign.id, strangerLink.id, "missing"]) {
      const error = await getOutboxMessage({ firmId, id }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
