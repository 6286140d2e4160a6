// Every email template renders in Russian and English, carries its link, and never carries a password.
import { describe, expect, it } from "vitest";
import { EmailDataError, renderEmail, renderStoredEmail, type EmailData, type EmailTemplate } from "@/emails/render";
import { emailLocales } from "@/emails/messages";

const samples: { [T in EmailTemplate]: { data: EmailData<T>; link: string | null } } = {
  "magic-link": { data: { url: "https://app.test/api/auth/callback/email?token=t1", code: "482913", expiresInMinutes: 15 }, link: "https://app.test/api/auth/callback/email?token=t1" },
  invitation: {
    data: { personName: "Анна Смирнова", clientName: "ООО «Ромашка»", firmName: "БухОбслуживание Север", signInUrl: "https://app.test/sign-in" },
    link: "https://app.test/sign-in",
  },
  "connection-notice": { data: { clientName: "ООО «Ромашка»", firmName: "БухОбслуживание Север", portalUrl: "https://app.test/portal" }, link: "https://app.test/portal" },
  refusal: { data: { clientName: "ООО «Ромашка»", firmName: "БухОбслуживание Север", kind: "outsourcer", reason: "Невосстановимые остатки" }, link: null },
  notification: { data: { title: "Новая задача", body: "Загрузите выписку.\nСрок — пятница.", portalUrl: "https://app.test/portal/tasks" }, link: "https://app.test/portal/tasks" },
  "staff-invitation": {
    data: { personName: "Ирина Волкова", firmName: "БухОбслуживание Север", role: "ACCOUNTANT", acceptUrl: "https://app.test/invite/abc123", expiresInDays: 7 },
    link: "https://app.test/invite/abc123",
  },
};

const templates = Object.keys(samples) as EmailTemplate[];
const cyrillic = /[А-Яа-яЁё]{4,}/g;
/** Cyrillic words of the template itself: the sample data is Russian too, so strip it first. */
function templateCyrillic(text: string, data: object): string[] {
  let rest = text.toLowerCase();
  const values = Object.values(data).filter((value): value is string => typeof value === "string");
  for (const line of values.flatMap((value) => value.toLowerCase().split("\n"))) rest = rest.split(line).join(" ");
  return rest.match(cyrillic) ?? [];
}

describe.each(templates)("email %s", (template) => {
  const { data, link } = samples[template];

  it.each(emailLocales)("renders in %s with a subject, html and text", async (locale) => {
    const email = await renderEmail(template, data, locale);
    expect(email.subject.length).toBeGreaterThan(3);
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).toContain(`lang="${locale}"`);
    if (link) {
      expect(email.html).toContain(`href="${link.replaceAll("&", "&amp;")}"`);
      expect(email.text).toContain(link);
    }
    expect(email.html).not.toMatch(/<input|<form|<script/i);
    expect(email.html + email.text).not.toMatch(/парол|password/i);
  });

  it("speaks Russian in ru and English in en", async () => {
    const ru = await renderEmail(template, data, "ru");
    const en = await renderEmail(template, data, "en");
    expect(templateCyrillic(ru.text, data).length).toBeGreaterThan(5);
    expect(templateCyrillic(en.text, data)).toEqual([]);
    expect(ru.text).toContain("Бухобслуживание · Онбординг");
    expect(en.text).toContain("Accounting outsourcing · Onboarding");
  });
});

describe("template specifics", () => {
  it("shows the sign-in code only when given", async () => {
    const withCode = await renderEmail("magic-link", { url: "https://app.test/x", code: "123456", expiresInMinutes: 10 }, "ru");
    const without = await renderEmail("magic-link", { url: "https://app.test/x", expiresInMinutes: 1 }, "ru");
    expect(withCode.text).toContain("123456");
    expect(withCode.text).toContain("10 минут");
    expect(without.text).not.toMatch(/на другом устройстве/);
    expect(without.text).toContain("1 минуту");
  });

  it("writes a courteous refusal for both sides, with the reason only when given", async () => {
    const base = { clientName: "ООО «Ромашка»", firmName: "Север" };
    const firm = await renderEmail("refusal", { ...base, kind: "outsourcer" }, "ru");
    const client = await renderEmail("refusal", { ...base, kind: "client", reason: "Остаёмся у прежнего бухгалтера" }, "en");
    expect(firm.text).toMatch(/К сожалению/);
    expect(firm.text).not.toMatch(/Причина/);
    expect(client.text).toMatch(/Thank you/);
    expect(client.text).toContain("Остаёмся у прежнего бухгалтера");
  });

  it("escapes names instead of injecting markup", async () => {
    const email = await renderEmail("notification", { title: "<b>x</b>", body: "<img src=x onerror=alert(1)>", portalUrl: "https://app.test/p" }, "en");
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("&lt;img");
  });
});

describe("bad data is a clear error", () => {
  it("rejects a password smuggled into the connection notice", async () => {
    const data = { clientName: "A", firmName: "B", portalUrl: "https://app.test/p", password: "secret" };
    await expect(renderStoredEmail("connection-notice", data, "ru")).rejects.toThrow(EmailDataError);
  });

  it("rejects non-http links, missing fields and unknown templates", async () => {
    await expect(renderStoredEmail("magic-link", { url: "javascript:alert(1)", expiresInMinutes: 5 }, "ru")).rejects.toThrow(/magic-link/);
    await expect(renderStoredEmail("invitation", { personName: "A" }, "ru")).rejects.toThrow(EmailDataError);
    await expect(renderStoredEmail("nope", {}, "ru")).rejects.toThrow(/Unknown email template/);
  });

  it("falls back to Russian for an unknown stored locale", async () => {
    const email = await renderStoredEmail("connection-notice", samples["connection-notice"].data, "de");
    expect(email.html).toContain('lang="ru"');
  });
});
