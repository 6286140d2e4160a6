// Signing in through the real forms, as a person would.
import type { Browser, BrowserContext } from "playwright-core";
import type { RunningApp } from "./app";
import { magicLinkFrom } from "./browser";

export async function staffContext(browser: Browser, app: RunningApp, email: string, locale: "ru" | "en" = "ru"): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: app.baseUrl }]);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-in?tab=staff`);
  const form = page.getByTestId("staff-sign-in");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill("demo-password");
  await form.locator('button[type="submit"]').click();
  await page.waitForURL("**/office**");
  await page.close();
  return context;
}

export async function portalContext(browser: Browser, app: RunningApp, email: string, opts: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext(opts.viewport ? { viewport: opts.viewport } : {});
  const page = await context.newPage();
  const sentBefore = app.resend.messages.length;
  await page.goto(`${app.baseUrl}/sign-in?tab=portal`);
  const form = page.getByTestId("portal-sign-in");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL("**/sign-in/check-email**");
  const isMagicLink = (html: string) => html.includes("/api/auth/callback/resend");
  const mail = await app.resend.waitFor((m) => m.to.includes(email) && isMagicLink(m.html) && app.resend.messages.indexOf(m) >= sentBefore, 20_000);
  await page.goto(magicLinkFrom(mail.html));
  await page.waitForURL("**/portal**");
  await page.close();
  return context;
}
