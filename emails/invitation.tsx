// Invitation of a client's authorized person to the client portal.
import { ActionLink, EmailLayout, Paragraph, SmallText } from "@/emails/_components/layout";
import { emailMessages, type EmailLocale } from "@/emails/messages";
import type { EmailProps } from "@/emails/schemas";

type Props = EmailProps<"invitation"> & { locale: EmailLocale };

export default function InvitationEmail({ personName, clientName, firmName, signInUrl, locale }: Props) {
  const t = emailMessages[locale].invitation;
  return (
    <EmailLayout locale={locale} preview={t.subject(firmName)} heading={t.greeting(personName)}>
      <Paragraph>{t.intro(firmName, clientName)}</Paragraph>
      <Paragraph>{t.portal}</Paragraph>
      <ActionLink href={signInUrl} label={t.button} locale={locale} />
      <SmallText>{t.howTo}</SmallText>
    </EmailLayout>
  );
}

export function invitationSubject(props: EmailProps<"invitation">, locale: EmailLocale): string {
  return emailMessages[locale].invitation.subject(props.firmName);
}
