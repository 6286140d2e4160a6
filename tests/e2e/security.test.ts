// Security in the browser: headers on page responses, a nonce CSP that nothing on the main pages violates, and the
// staff sign-in limit (same message whether or not the account exists).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { portalContext, staffContext } from "./support/session";
import { createPrismaClient } from "@/server/db";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens a page and collects every CSP violation (DOM events and console reports) while it loads and hydrates. */
async function violationsOn(context: BrowserContext, path: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${app.baseUrl}${path}`);
  await ready(page);
  await page.waitForLoadState("networkidle");
  await page.close();
  return violations;
}

/** An e-mail the office may preview (sign-in mails are hidden): a connection notice of the demo firm, queued directly. */
async function queueNoticeForDemoFirm(): Promise<string> {
  const db = createPrismaClient(app.databaseUrl, { max: 1 });
  try {
    const admin = await db.staffMember.findFirstOrThrow({ where: { user: { email: "admin@demo.test" } }, select: { firmId: true } });
    const data = { clientName: "ООО «Синапс»", firmName: "Демо", portalUrl: `${app.baseUrl}/portal` };
    const row = await db.emailOutbox.create({ data: { firmId: admin.firmId, recipient: "director@synaps.test", template: "connection-notice", data, subject: "CSP preview" } });
    return row.id;
  } finally {
    await db.$disconnect();
  }
}

describe("security headers", () => {
  it("sends a nonce CSP, frame and sniffing protection on a page, and no HSTS over plain http", async () => {
    const res = await fetch(`${app.baseUrl}/sign-in`);
    const html = await res.text();
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(html).toContain(`nonce="${nonce}"`);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=()");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const again = await fetch(`${app.baseUrl}/sign-in`);
    expect(again.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("reports no CSP violation on the sign-in page, the office dashboard, the outbox and an e-mail in it, and the portal home", async () => {
    const anonymous = await browser.newContext();
    expect(await violationsOn(anonymous, "/sign-in", (page) => page.getByTestId("staff-sign-in").waitFor())).toEqual([]);
    await anonymous.close();

    const portal = await portalContext(browser, app, "director@synaps.test");
    expect(await violationsOn(portal, "/portal", (page) => page.locator("main").first().waitFor())).toEqual([]);
    await portal.close();

    const office = await staffContext(browser, app, "admin@demo.test");
    expect(await violationsOn(office, "/office", (page) => page.getByTestId("office-shell").waitFor())).toEqual([]);
    const previewId = await queueNoticeForDemoFirm();
    const href = `/office/outbox/${previewId}`;
    expect(await violationsOn(office, "/office/outbox", (page) => page.locator(`a[href="${href}"]`).waitFor())).toEqual([]);
    const previewViolations = await violationsOn(office, href!, async (page) => {
      const frame = page.frameLocator("iframe");
      await expect.poll(async () => (await frame.locator("body").innerText()).trim().length).toBeGreaterThan(20);
    });
    expect(previewViolations).toEqual([]);
    await office.close();
  });
});

describe("staff sign-in limit", () => {
  it("after too many failed attempts says when to try again, for an unknown e-mail just like for a real one", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/sign-in?tab=staff`);
    const form = page.getByTestId("staff-sign-in");
    for (let attempt = 1; attempt <= 11; attempt++) {
      await form.locator('input[name="email"]').fill("nobody@demo.test");
      await form.locator('input[name="password"]').fill(`wrong-${attempt}`);
      const answered = page.waitForResponse((res) => res.request().method() === "POST" && new URL(res.url()).pathname === "/sign-in");
      await form.locator('button[type="submit"]').click();
      await answered;
      const expected = attempt <= 10 ? "Неверный e-mail или пароль" : /Слишком много попыток, попробуйте через \d+ минут/;
      await expect.poll(() => form.getByRole("alert").innerText(), { timeout: 15_000 }).toMatch(expected);
      // The answer is on screen once the form has reset: the password is cleared, the typed e-mail kept. Typing before
      // that reset would be wiped by it and the next submit blocked as incomplete.
      await expect.poll(() => form.locator('input[name="password"]').inputValue(), { timeout: 15_000 }).toBe("");
      expect(await form.locator('input[name="email"]').inputValue()).toBe("nobody@demo.test");
    }
    await page.close();
  });
});

describe("benchmark-only routes", () => {
  it("are 404 on a server started without their switches (no counts or query logs for anyone)", async () => {
    for (const path of ["/bench/calibration", "/api/bench/queries"]) {
      const res = await fetch(`${app.baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toMatch(/"statements"|Демо Бухобслуживание \/ \d/);
    }
  });
});
