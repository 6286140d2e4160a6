// Staff sign in to the office, an authorized person signs in by magic link to the portal; each is turned away from the other's area.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser, magicLinkFrom } from "./support/browser";
import { staffContext } from "./support/session";

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

describe("foundation", () => {
  it("sends a signed-out visitor to sign-in, keeping where they were going", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/office/clients`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/office/clients");
    await page.close();
  });

  it("lets staff sign in to the office and turns them away from the portal", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in?next=/office/clients`);
    const form = page.getByTestId("staff-sign-in");
    await form.locator('input[name="email"]').fill("admin@demo.test");
    await form.locator('input[name="password"]').fill("demo-password");
    await form.locator('button[type="submit"]').click();
    await page.waitForURL("**/office/clients");
    await page.getByTestId("office-shell").waitFor();
    await page.getByText("ООО «Синапс»").first().waitFor();
    await page.goto(`${app.baseUrl}/portal`);
    expect(new URL(page.url()).pathname).toBe("/office");
    await context.close();
  });

  it("refuses a wrong password with one neutral message", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    const form = page.getByTestId("staff-sign-in");
    await form.locator('input[name="email"]').fill("admin@demo.test");
    await form.locator('input[name="password"]').fill("wrong-password");
    await form.locator('button[type="submit"]').click();
    await page.getByText("Неверный e-mail или пароль").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.close();
  });

  it("signs an authorized person in by magic link and turns them away from the office", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in?tab=portal`);
    const form = page.getByTestId("portal-sign-in");
    await form.locator('input[name="email"]').fill("director@synaps.test");
    await form.locator('button[type="submit"]').click();
    await page.waitForURL("**/sign-in/check-email**");
    const mail = await app.resend.waitFor((m) => m.to.includes("director@synaps.test"), 20_000);
    await page.goto(magicLinkFrom(mail.html));
    await page.waitForURL("**/portal**");
    await page.getByTestId("portal-shell").waitFor();
    await page.getByText("ООО «Синапс»").first().waitFor();
    await page.goto(`${app.baseUrl}/office`);
    expect(new URL(page.url()).pathname).toBe("/portal");
    await context.close();
  });

  it("shows the same neutral page to an unknown e-mail and sends nothing", async () => {
    const before = app.resend.requests();
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/sign-in?tab=portal`);
    const form = page.getByTestId("portal-sign-in");
    await form.locator('input[name="email"]').fill("stranger@nowhere.test");
    await form.locator('button[type="submit"]').click();
    await page.waitForURL("**/sign-in/check-email**");
    await new Promise((r) => setTimeout(r, 1000));
    expect(app.resend.requests()).toBe(before);
    await page.close();
  });

  it("sends no prefetch requests for the links on a page, and a link still navigates without reloading", async () => {
    const context = await staffContext(browser, app, "admin@demo.test");
    const page = await context.newPage();
    const prefetches: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    });
    for (const path of ["/office", "/office/clients"]) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.getByTestId("office-shell").waitFor();
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(1500);
    }
    expect(prefetches).toEqual([]);

    await page.evaluate(() => Object.assign(window, { samePageMarker: true }));
    await page.locator('nav[aria-label="Разделы"]:visible').getByRole("link", { name: "Обзор" }).click();
    await page.waitForURL((url) => url.pathname === "/office");
    expect(await page.evaluate(() => (window as unknown as { samePageMarker?: boolean }).samePageMarker)).toBe(true);
    await context.close();
  });

  it("answers an unknown route with the 404 page", async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${app.baseUrl}/no-such-page`);
    expect(res?.status()).toBe(404);
    await page.close();
  });
});
