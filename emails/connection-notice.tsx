// Connection notice: the transition is complete and the client's access waits in the portal (never by email).
import { ActionLink, EmailLayout, Paragraph } from "@/emails/_components/layout";
import { emailMessages, type EmailLocale } from "@/emails/messages";
import type { EmailProps } from "@/emails/schemas";

type Props = EmailProps<"connection-notice"> & { locale: EmailLocale };

export default function ConnectionNoticeEmail({ clientName, firmName, portalUrl, locale }: Props) {
  const t = emailMessages[locale].connectionNotice;
  return (
    <EmailLayout locale={locale} preview={t.subject(clientName)} heading={t.heading}>
      <Paragraph>{t.intro(firmName, clientName)}</Paragraph>
      <Paragraph>{t.access}</Paragraph>
      <ActionLink href={portalUrl} label={t.button} locale={locale} />
    </EmailLayout>
  );
}

export function connectionNoticeSubject(props: EmailProps<"connection-notice">, locale: EmailLocale): string {
  return emailMessages[locale].connectionNotice.subject(props.clientName);
}
