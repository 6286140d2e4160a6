// Sign-in link email: the link, the optional code for another device, and how long the link lasts.
import { CodeBlock, ActionLink, EmailLayout, Paragraph, SmallText } from "@/emails/_components/layout";
import { emailMessages, type EmailLocale } from "@/emails/messages";
import type { EmailProps } from "@/emails/schemas";

export default function MagicLinkEmail({ url, code, expiresInMinutes, locale }: EmailProps<"magic-link"> & { locale: EmailLocale }) {
  const t = emailMessages[locale].magicLink;
  return (
    <EmailLayout locale={locale} preview={t.subject} heading={t.heading}>
      <Paragraph>{t.intro}</Paragraph>
      <ActionLink href={url} label={t.button} locale={locale} />
      {code ? (
        <>
          <Paragraph>{t.code}</Paragraph>
          <CodeBlock code={code} />
        </>
      ) : null}
      <SmallText>{t.expires(expiresInMinutes)}</SmallText>
      <SmallText>{t.ignore}</SmallText>
    </EmailLayout>
  );
}

export function magicLinkSubject(_props: EmailProps<"magic-link">, locale: EmailLocale): string {
  return emailMessages[locale].magicLink.subject;
}
