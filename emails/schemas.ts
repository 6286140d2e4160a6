// Zod schemas of every template's data: what an outbox row must hold to render (strict: no stray fields).
import { z } from "zod";

const httpUrl = z.url({ protocol: /^https?$/ });
const name = z.string().trim().min(1).max(300);

export const emailSchemas = {
  "magic-link": z.strictObject({
    url: httpUrl,
    code: z.string().regex(/^\d{6}$/, "a 6-digit code").optional(),
    expiresInMinutes: z.number().int().positive().max(24 * 60),
  }),
  invitation: z.strictObject({
    personName: name,
    clientName: name,
    firmName: name,
    signInUrl: httpUrl,
  }),
  "connection-notice": z.strictObject({
    clientName: name,
    firmName: name,
    portalUrl: httpUrl,
  }),
  refusal: z.strictObject({
    clientName: name,
    firmName: name,
    kind: z.enum(["outsourcer", "client"]),
    reason: z.string().trim().min(1).max(2000).optional(),
  }),
  "staff-invitation": z.strictObject({
    personName: name,
    firmName: name,
    role: z.enum(["ADMIN", "MANAGER", "CHIEF_ACCOUNTANT", "ACCOUNTANT", "OPERATOR"]),
    acceptUrl: httpUrl,
    expiresInDays: z.number().int().positive().max(30),
  }),
  notification: z.strictObject({
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(5000),
    portalUrl: httpUrl,
  }),
};

export type EmailTemplate = keyof typeof emailSchemas;
export const emailTemplates = Object.keys(emailSchemas) as EmailTemplate[];
/** What a caller passes for a template. */
export type EmailData<T extends EmailTemplate> = z.input<(typeof emailSchemas)[T]>;
/** What a template component receives after validation. */
export type EmailProps<T extends EmailTemplate> = z.output<(typeof emailSchemas)[T]>;

export function isEmailTemplate(value: string): value is EmailTemplate {
  return Object.hasOwn(emailSchemas, value);
}
