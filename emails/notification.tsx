// Generic portal notification: a title, a plain-text body (one paragraph per line) and a link to the portal.
import { ActionLink, EmailLayout, Paragraph } from "@/emails/_components/layout";
import { emailMessages, type EmailLocale } from "@/emails/messages";
import type { EmailProps } from "@/emails/schemas";

type Props = EmailProps<"notification"> & { locale: EmailLocale };

export default function NotificationEmail({ title, body, portalUrl, locale }: Props) {
  const t = emailMessages[locale].notification;
  const paragraphs = body.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  return (
    <EmailLayout locale={locale} preview={title} heading={title} footer={t.footer}>
      {paragraphs.map((line, index) => (
        <Paragraph key={index}>{line}</Paragraph>
      ))}
      <ActionLink href={portalUrl} label={t.button} locale={locale} />
    </EmailLayout>
  );
}

export function notificationSubject(props: EmailProps<"notification">, _locale: EmailLocale): string {
  return props.title;
}
