// The back office journey in Chromium: lead «Синапс-2» -> audit -> accept -> program -> approve -> suggested group
// -> every task done -> client CONNECTED and the connection notice delivered through the fake Resend server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { randomInn, randomOgrn } from "@/prisma/factories";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
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

async function clickAndSettle(page: Page, testId: string) {
  await page.getByTestId(testId).first().click();
  await page.waitForLoadState("networkidle");
}

const JOURNEYS = [
  { locale: "ru", client: "ООО «Синапс-2»", person: "director@synaps2.test" },
  { locale: "en", client: "ООО «Синапс-3»", person: "director@synaps3.test" },
] as const;

describe("back office journey", () => {
  it.each(JOURNEYS)("takes a lead to a connected client ($locale)", { timeout: 240_000 }, async ({ locale, client, person }) => {
    const started = Date.now();
    const context = await staffContext(browser, app, "manager@demo.test", locale);
    const page = await context.newPage();

    await page.goto(`${app.baseUrl}/office/clients/new`);
    await page.getByTestId("lead-name").fill(client);
    await page.getByTestId("lead-inn").fill(randomInn());
    await page.getByTestId("lead-kpp").fill("772401001");
    await page.getByTestId("lead-ogrn").fill(randomOgrn());
    await page.getByTestId("lead-submit").click();
    await page.waitForURL((url) => /^\/office\/clients\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    const clientUrl = page.url();

    await page.getByTestId("person-name").fill("Пётр Синапсов");
    await page.getByTestId("person-email").fill(person);
    await page.getByTestId("person-submit").click();
    await page.getByText(person).first().waitFor();

    await page.getByTestId("start-audit").click();
    await page.waitForURL(`${clientUrl}/audit`);
    const findings = page.getByTestId("audit-finding");
    await findings.first().waitFor();
    const count = await findings.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const finding = page.getByTestId("audit-finding").nth(i);
      await finding.getByTestId("finding-result-OK").check({ force: true });
      await finding.getByTestId("finding-save").click();
      await page.waitForLoadState("networkidle");
      await expect(page.getByTestId("audit-finding").nth(i).getByTestId("finding-result-OK").isChecked()).resolves.toBe(true);
    }
    await page.getByTestId("decision-ACCEPT").check({ force: true });
    await page.getByTestId("decision-submit").click();
    await page.getByTestId("audit-program-link").click();
    await page.waitForURL(/\/office\/programs\/[^/]+$/);

    expect(await page.getAttribute("html", "lang")).toBe(locale);
    await clickAndSettle(page, "approve-submit");
    await page.locator('[data-testid="program-status"][data-status="APPROVED"]').waitFor();
    await clickAndSettle(page, "group-assign");
    await page.getByTestId("program-group").filter({ hasText: /Рабочая группа/ }).waitFor();

    const tasks = await page.locator('[data-testid^="task-"][data-status]').count();
    expect(tasks).toBe(5);
    for (let n = 1; n <= tasks; n++) {
      await clickAndSettle(page, `task-${n}-done`);
      await page.locator(`[data-testid="task-${n}"][data-status="DONE"]`).waitFor();
    }
    await page.locator('[data-testid="program-status"][data-status="COMPLETED"]').waitFor();
    await page.locator('[data-testid="client-stage"][data-stage="CONNECTED"]').waitFor();
    const notice = await app.resend.waitFor((m) => m.to.includes(person) && /подключ/i.test(m.subject), 30_000);
    expect(notice.html).toContain("/portal");
    expect(notice.html).not.toMatch(/парол|password/i);
    console.log(`back-office journey (${locale}) took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await context.close();
  });

  it("shows the connected client in English", async () => {
    const context = await staffContext(browser, app, "admin@demo.test", "en");
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/office/clients`);
    await page.getByText("Clients").first().waitFor();
    await page.getByText("ООО «Синапс-2»").first().click();
    await page.waitForURL(/\/office\/clients\/[^/]+$/);
    await page.getByText("Connected").first().waitFor();
    await context.close();
  });
});
