// The 6-digit sign-in code: sent with the magic link, valid once, 5 tries, 15 minutes, used up when the link is used.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createAuthorizedPerson, createClient, createFirm } from "@/prisma/factories";
import { sendMagicLink } from "@/server/auth/magic-link";
import { verifySignInCode } from "@/server/auth/sign-in-code";
import { markSignedIn } from "@/server/portal/portal.service";

let clientId: string;

beforeAll(async () => {
  const firm = await createFirm(db);
  clientId = (await createClient(db, { firmId: firm.id, stage: "TRANSITION" })).id;
});

async function requestLink() {
  const person = await createAuthorizedPerson(db, { clientId });
  const url = `http://localhost:3000/api/auth/callback/resend?token=${person.id}&email=${encodeURIComponent(person.email)}`;
  await sendMagicLink({ identifier: person.email, url, expires: new Date(Date.now() + 15 * 60_000) });
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { recipient: person.email, template: "magic-link" } });
  const code = (mail.data as { code: string }).code;
  return { person, url, code };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("sign-in code", () => {
  it("is mailed with the link, stored hashed, and leads to the link exactly once", async () => {
    const { person, url, code } = await requestLink();
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.signInCode.findFirstOrThrow({ where: { email: person.email } });
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await verifySignInCode(person.email.toUpperCase(), ` ${code.slice(0, 3)} ${code.slice(3)} `)).toEqual({ ok: true, callbackUrl: url });
    expect(await verifySignInCode(person.email, code)).toEqual({ ok: false, reason: "used" });
  });

  it("counts wrong codes and locks the code at the sixth attempt", async () => {
    const { person, code } = await requestLink();
    expect(await verifySignInCode(person.email, wrong(code))).toEqual({ ok: false, reason: "invalid", attemptsLeft: 4 });
    for (let i = 0; i < 4; i++) await verifySignInCode(person.email, wrong(code));
    expect((await db.signInCode.findFirstOrThrow({ where: { email: person.email } })).attempts).toBe(5);
    expect(await verifySignInCode(person.email, code)).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses an expired code, and a code whose link was already used", async () => {
    const expired = await requestLink();
    await db.signInCode.updateMany({ where: { email: expired.person.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifySignInCode(expired.person.email, expired.code)).toEqual({ ok: false, reason: "expired" });

    const linked = await requestLink();
    await markSignedIn(linked.person.userId);
    expect(await verifySignInCode(linked.person.email, linked.code)).toEqual({ ok: false, reason: "used" });
  });

  it("sends nothing to an unknown address, and an unknown address has no code to guess", async () => {
    await sendMagicLink({ identifier: "stranger@nowhere.test", url: "http://localhost:3000/x", expires: new Date(Date.now() + 60_000) });
    expect(await db.emailOutbox.count({ where: { recipient: "stranger@nowhere.test" } })).toBe(0);
    expect(await db.signInCode.count({ where: { email: "stranger@nowhere.test" } })).toBe(0);
    expect(await verifySignInCode("stranger@nowhere.test", "123456")).toEqual({ ok: false, reason: "invalid", attemptsLeft: null });
  });
});
