// Courteous refusal letter: the firm declines the client, or confirms the client's own refusal.
import { EmailLayout, Paragraph } from "@/emails/_components/layout";
import { emailMessages, type EmailLocale } from "@/emails/messages";
import type { EmailProps } from "@/emails/schemas";

type Props = EmailProps<"refusal"> & { locale: EmailLocale };

export default function RefusalEmail({ clientName, firmName, kind, reason, locale }: Props) {
  const t = emailMessages[locale].refusal[kind];
  return (
    <EmailLayout locale={locale} preview={t.subject(clientName)} heading={t.heading}>
      <Paragraph>{t.intro(firmName, clientName)}</Paragraph>
      {reason ? (
        <Paragraph>
          {t.reason} {reason}
        </Paragraph>
      ) : null}
      <Paragraph>{t.closing}</Paragraph>
    </EmailLayout>
  );
}

export function refusalSubject(props: EmailProps<"refusal">, locale: EmailLocale): string {
  return emailMessages[locale].refusal[props.kind].subject(props.clientName);
}
