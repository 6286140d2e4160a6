// Invitation of a new staff member: a one-time link to set their password and join the firm's back office.
import { ActionLink, EmailLayout, Paragraph, SmallText } from "@/emails/_components/layout";
import { emailMessages, type EmailLocale } from "@/emails/messages";
import type { EmailProps } from "@/emails/schemas";

type Props = EmailProps<"staff-invitation"> & { locale: EmailLocale };

export default function StaffInvitationEmail({ personName, firmName, role, acceptUrl, expiresInDays, locale }: Props) {
  const t = emailMessages[locale].staffInvitation;
  return (
    <EmailLayout locale={locale} preview={t.subject(firmName)} heading={t.greeting(personName)}>
      <Paragraph>{t.intro(firmName, t.roles[role])}</Paragraph>
      <Paragraph>{t.setPassword}</Paragraph>
      <ActionLink href={acceptUrl} label={t.button} locale={locale} />
      <SmallText>{t.expires(expiresInDays)}</SmallText>
      <SmallText>{t.ignore}</SmallText>
    </EmailLayout>
  );
}

export function staffInvitationSubject(props: EmailProps<"staff-invitation">, locale: EmailLocale): string {
  return emailMessages[locale].staffInvitation.subject(props.firmName);
}
