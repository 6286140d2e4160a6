// A firm with more staff than a list shows: the staff directory by pages with search, and the pickers that ask for a name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { createPrismaClient } from "@/server/db";
import { createStaff } from "@/prisma/factories";
import { CHOICE_LIST_LIMIT } from "@/server/choice-list";
import { DEMO_FIRM } from "@/prisma/seed";
import { startApp, type RunningApp } from "./support/app";
import { launchBrowser } from "./support/browser";
import { staffContext } from "./support/session";

let app: RunningApp;
let browser: Browser;
let admin: BrowserContext;
let groupId: string;
let staffCount: number;
const EXTRA = CHOICE_LIST_LIMIT + 5;
const pad = (i: number) => String(i).padStart(2, "0");

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const db = createPrismaClient(app.databaseUrl, { max: 1 });
  try {
    const firm = await db.firm.findFirstOrThrow({ where: { name: DEMO_FIRM } });
    for (let i = 0; i < EXTRA; i++) {
      await createStaff(db, { firmId: firm.id, role: "OPERATOR", name: `Оператор-поиск ${pad(i)}` });
      await createStaff(db, { firmId: firm.id, role: "MANAGER", name: `Менеджер-поиск ${pad(i)}` });
    }
    groupId = (await db.workingGroup.findFirstOrThrow({ where: { firmId: firm.id } })).id;
    await db.workingGroup.createMany({ data: Array.from({ length: 25 }, (_, i) => ({ firmId: firm.id, name: `Группа-поиск ${pad(i)}`, capacity: 10 })) });
    staffCount = await db.staffMember.count({ where: { firmId: firm.id } });
  } finally {
    await db.$disconnect();
  }
  admin = await staffContext(browser, app, "admin@demo.test");
});

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await app?.stop();
});

describe("office at scale", () => {
  it("lists staff by pages of 50 and finds them by name and role", async () => {
    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/office/staff`);
    const rows = page.getByTestId("staff-row");
    expect(await rows.count()).toBe(50);
    await page.getByRole("link", { name: "Следующая страница" }).click();
    await page.waitForURL("**/office/staff?cursor=**");
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole("link", { name: "Следующая страница" }).click();
    await expect.poll(() => rows.count()).toBe(staffCount - 100);
    await page.getByRole("link", { name: "В начало списка" }).waitFor();
    expect(await page.getByRole("link", { name: "Следующая страница" }).count()).toBe(0);
    await page.getByRole("searchbox", { name: "Поиск" }).fill("оператор-поиск 07");
    await page.getByRole("button", { name: "Найти" }).click();
    await page.waitForURL("**/office/staff?q=**");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Оператор-поиск 07");
    await page.goto(`${app.baseUrl}/office/staff?role=MANAGER&q=${encodeURIComponent("поиск 1")}`);
    const managers = await rows.allTextContents();
    expect(managers).toHaveLength(10);
    expect(managers.every((row) => row.includes("Менеджер-поиск 1"))).toBe(true);
    await page.close();
  });

  it("shows working groups by pages of 20 and finds them by name", async () => {
    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/office/groups`);
    const cards = page.getByTestId("group-card").getByRole("heading");
    expect(await cards.count()).toBe(20);
    await page.getByRole("link", { name: "Следующая страница" }).click();
    await page.waitForURL("**/office/groups?cursor=**");
    await page.getByRole("link", { name: "В начало списка" }).waitFor();
    await page.getByRole("searchbox", { name: "Поиск группы" }).fill("поиск 1");
    await page.getByRole("button", { name: "Найти" }).click();
    await page.waitForURL("**/office/groups?q=**");
    await expect.poll(() => cards.allTextContents()).toEqual(Array.from({ length: 10 }, (_, i) => `Группа-поиск 1${i}`));
    await page.close();
  });

  it("asks for a name before offering a new group member, and adds the one found", async () => {
    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/office/groups/${groupId}`);
    const search = page.getByTestId("group-member-search");
    await search.getByText(`Показаны первые ${CHOICE_LIST_LIMIT}`).waitFor();
    const options = page.locator("#group-add-member-staffId option");
    expect(await options.count()).toBe(CHOICE_LIST_LIMIT + 1);
    await search.getByLabel("Найти сотрудника").fill("поиск 54");
    await search.getByRole("button", { name: "Найти" }).click();
    await page.waitForURL("**member=**");
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.nth(1).textContent()).toContain("Оператор-поиск 54");
    const form = page.getByTestId("group-add-member-form");
    await form.locator('select[name="staffId"]').selectOption({ index: 1 });
    await form.locator('select[name="groupRole"]').selectOption("OPERATOR");
    await form.getByRole("button", { name: "Добавить" }).click();
    await page.getByTestId("group-member-row").filter({ hasText: "Оператор-поиск 54" }).waitFor();
    await search.getByLabel("Найти сотрудника").fill("нет такого");
    await search.getByRole("button", { name: "Найти" }).click();
    await search.getByText("По запросу «нет такого» никого не нашлось.").waitFor();
    await page.close();
  });

  it("finds a new lead's manager by name and keeps what was typed in the form", async () => {
    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/office/clients/new`);
    await page.getByTestId("lead-name").fill("ООО «Поиск менеджера»");
    const search = page.getByTestId("lead-manager-search");
    await search.getByLabel("Найти менеджера").fill("Менеджер-поиск 12");
    await search.getByRole("button", { name: "Найти" }).click();
    await page.waitForURL("**manager=**");
    const options = page.locator("#lead-managerId option");
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.nth(1).textContent()).toBe("Менеджер-поиск 12");
    expect(await page.getByTestId("lead-name").inputValue()).toBe("ООО «Поиск менеджера»");
    await page.close();
  });
});
