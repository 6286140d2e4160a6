// The portal in Chromium: the «Синапс» director signs in by code, sees the timeline and team, invites a colleague who
// signs in, confirms the contract, and after staff complete the program reveals a password; a person of another client
// reaches none of it; axe finds no serious or critical violation; works at 375 px.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { TRPCError } from "@trpc/server";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { portalContext } from "./support/session";

let app: RunningApp;
let browser: Browser;
const MOBILE = { width: 375, height: 812 };

beforeAll(async () => {
  app = await startApp();
  process.env.DATABASE_URL = app.databaseUrl;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  const { disconnectDb } = await import("@/server/db");
  await disconnectDb();
  await app?.stop();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Elements that stick out of the viewport horizontally (empty when the page fits its width). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
    const culprits = Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => {
        for (let up = el.parentElement; up; up = up.parentElement) if (getComputedStyle(up).overflowX !== "visible") return false;
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} «${(el.textContent ?? "").slice(0, 40)}»`);
    return culprits.length > 0 ? culprits : [`document ${document.documentElement.scrollWidth}px wide`];
  });
}

describe("client portal", () => {
  it("has an accessible sign-in page at 375 px", async () => {
    const context = await browser.newContext({ viewport: MOBILE });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in?tab=portal`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await context.close();
  });

  it("takes the director from a typed code to a revealed password", { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ viewport: MOBILE });
    const page = await context.newPage();
    const sentBefore = app.resend.messages.length;
    await page.goto(`${app.baseUrl}/sign-in?tab=portal`);
    await page.getByTestId("portal-sign-in").locator('input[name="email"]').fill("director@synaps.test");
    await page.getByTestId("portal-sign-in").locator('button[type="submit"]').click();
    await page.waitForURL("**/sign-in/check-email**");
    const mail = await app.resend.waitFor(
      (m) => m.to.includes("director@synaps.test") && m.html.includes("/api/auth/callback/resend") && app.resend.messages.indexOf(m) >= sentBefore,
      20_000,
    );
    const code = mail.text.match(/(?:^|\s)(\d{6})(?:\s|$)/m)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    const codeForm = page.getByTestId("code-form");
    const emailField = codeForm.locator('input[name="email"]');
    if (!(await emailField.inputValue())) await emailField.fill("director@synaps.test");
    await codeForm.locator('input[name="code"]').fill(code!);
    await codeForm.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === "/portal");

    const jsBytes: number[] = [];
    page.on("response", async (response) => {
      if (response.url().endsWith(".js") || response.request().resourceType() === "script") jsBytes.push(gzipSync(await response.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.reload({ waitUntil: "networkidle" });
    console.log(`portal home JavaScript: ${(jsBytes.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} kB gzipped in ${jsBytes.length} files`);
    await page.getByTestId("portal-timeline").waitFor();
    await page.getByTestId("portal-team").waitFor();
    await expect(page.getByTestId("portal-team").innerText()).resolves.toMatch(/Максим Менеджеров/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);

    await page.goto(`${app.baseUrl}/portal/todos`);
    const contract = page.getByTestId("todo-confirm-contract");
    await contract.locator('button[type="submit"]').click();
    await page.waitForLoadState("networkidle");
    const invite = page.getByTestId("invite-person-form");
    await invite.locator('input[name="fullName"]').fill("Анна Бухгалтерова");
    await invite.locator('input[name="position"]').fill("Финансовый директор");
    await invite.locator('input[name="email"]').fill("finance@synaps.test");
    await invite.locator('input[name="canViewCredentials"]').check();
    await invite.locator('button[type="submit"]').click();
    await page.getByText("Приглашение отправлено на finance@synaps.test.").waitFor();
    await page.getByText("finance@synaps.test").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("todo-complete-appointment").locator('button[type="submit"]').click();
    await page.waitForLoadState("networkidle");

    const colleague = await portalContext(browser, app, "finance@synaps.test");
    await colleague.addCookies([{ name: "NEXT_LOCALE", value: "en", url: app.baseUrl }]);
    const colleaguePage = await colleague.newPage();
    await colleaguePage.goto(`${app.baseUrl}/portal`);
    await colleaguePage.getByTestId("portal-home").waitFor();
    expect(await colleaguePage.getAttribute("html", "lang")).toBe("en");
    await expect(colleaguePage.getByTestId("portal-nav-todos").innerText()).resolves.toMatch(/My to-dos/);
    expect(await seriousViolations(colleaguePage)).toEqual([]);
    await colleague.close();

    const { callerByEmail } = await import("@/tests/support/actors");
    const { db } = await import("@/server/db");
    const admin = await callerByEmail("admin@demo.test");
    const synaps = await db.client.findFirstOrThrow({ where: { name: "ООО «Синапс»" }, include: { programs: { include: { tasks: true } } } });
    const program = synaps.programs[0]!;
    expect(program.tasks.filter((t) => t.responsibleRole === "CLIENT").every((t) => t.status === "DONE")).toBe(true);
    for (const task of program.tasks.filter((t) => t.status !== "DONE")) await admin.office.programs.tasks.setStatus({ taskId: task.id, status: "DONE" });
    expect((await db.client.findUniqueOrThrow({ where: { id: synaps.id } })).stage).toBe("CONNECTED");

    await page.goto(`${app.baseUrl}/portal/access`);
    expect(await page.content()).not.toContain("Synaps-Demo-2024!");
    await page.getByTestId("access-reveal-0").click();
    await expect(page.getByTestId("access-password-0").innerText()).resolves.toContain("Synaps-Demo-2024!");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await context.close();
  });

  it("keeps a person of another client out, by URL and by procedure", async () => {
    const { db } = await import("@/server/db");
    const synaps = await db.client.findFirstOrThrow({ where: { name: "ООО «Синапс»" } });
    const context = await portalContext(browser, app, "owner@other-client.test");
    await context.addCookies([{ name: "portal_client", value: synaps.id, url: app.baseUrl }]);
    const page = await context.newPage();
    for (const path of ["/portal", "/portal/todos", "/portal/access", "/portal/notifications"]) {
      await page.goto(`${app.baseUrl}${path}`);
      expect(await page.content()).not.toContain("Синапс");
    }
    await context.close();
    const { callerByEmail } = await import("@/tests/support/actors");
    const outsider = await callerByEmail("owner@other-client.test");
    for (const call of [() => outsider.portal.home({ clientId: synaps.id }), () => outsider.portal.access.list({ clientId: synaps.id })]) {
      await expect(call()).rejects.toSatisfy((e: unknown) => e instanceof TRPCError && e.code === "NOT_FOUND");
    }
  });
});
