// Renders a template with validated data to { subject, html, text }; bad data fails with a clear EmailDataError.
import { createElement, type ComponentType } from "react";
import { render } from "@react-email/render";
import { z } from "zod";
import ConnectionNoticeEmail, { connectionNoticeSubject } from "@/emails/connection-notice";
import InvitationEmail, { invitationSubject } from "@/emails/invitation";
import MagicLinkEmail, { magicLinkSubject } from "@/emails/magic-link";
import { emailLocales, type EmailLocale } from "@/emails/messages";
import NotificationEmail, { notificationSubject } from "@/emails/notification";
import RefusalEmail, { refusalSubject } from "@/emails/refusal";
import StaffInvitationEmail, { staffInvitationSubject } from "@/emails/staff-invitation";
import { emailSchemas, isEmailTemplate, type EmailData, type EmailTemplate } from "@/emails/schemas";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Data (or a template name) that cannot be rendered: retrying will not help. */
export class EmailDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmailDataError";
  }
}

type Renderer = (data: unknown, locale: EmailLocale) => Promise<RenderedEmail>;

function define<S extends z.ZodType<object>>(
  template: EmailTemplate,
  schema: S,
  Component: ComponentType<z.output<S> & { locale: EmailLocale }>,
  subject: (props: z.output<S>, locale: EmailLocale) => string,
): Renderer {
  return async (data, locale) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new EmailDataError(`Invalid data for email template "${template}": ${z.prettifyError(parsed.error)}`);
    }
    const element = createElement(Component, { ...parsed.data, locale });
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    return { subject: cleanSubject(subject(parsed.data, locale)), html, text };
  };
}

/** One line, no control characters, bounded length. */
function cleanSubject(subject: string): string {
  return subject.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 250);
}

const renderers: Record<EmailTemplate, Renderer> = {
  "magic-link": define("magic-link", emailSchemas["magic-link"], MagicLinkEmail, magicLinkSubject),
  invitation: define("invitation", emailSchemas.invitation, InvitationEmail, invitationSubject),
  "connection-notice": define("connection-notice", emailSchemas["connection-notice"], ConnectionNoticeEmail, connectionNoticeSubject),
  refusal: define("refusal", emailSchemas.refusal, RefusalEmail, refusalSubject),
  notification: define("notification", emailSchemas.notification, NotificationEmail, notificationSubject),
  "staff-invitation": define("staff-invitation", emailSchemas["staff-invitation"], StaffInvitationEmail, staffInvitationSubject),
};

/** Renders a template for a caller that knows its data type. */
export function renderEmail<T extends EmailTemplate>(template: T, data: EmailData<T>, locale: EmailLocale): Promise<RenderedEmail> {
  return renderers[template](data, locale);
}

/** Renders what an outbox row holds: the template name, locale and data are checked at run time. */
export function renderStoredEmail(template: string, data: unknown, locale: string): Promise<RenderedEmail> {
  if (!isEmailTemplate(template)) return Promise.reject(new EmailDataError(`Unknown email template "${template}"`));
  return renderers[template](data, toEmailLocale(locale));
}

/** The stored locale when known, Russian otherwise. */
export function toEmailLocale(locale: string | null | undefined): EmailLocale {
  return emailLocales.find((known) => known === locale) ?? "ru";
}

export { emailTemplates, isEmailTemplate, type EmailData, type EmailTemplate } from "@/emails/schemas";
export type { EmailLocale } from "@/emails/messages";
