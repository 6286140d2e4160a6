// Shared email frame: product header, heading, content, footer; plus the paragraph and call-to-action parts.
import type { ReactNode } from "react";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { emailMessages, type EmailLocale } from "@/emails/messages";

const colors = { text: "#18181b", muted: "#52525b", page: "#f4f4f5", card: "#ffffff", accent: "#1e40af", rule: "#e4e4e7" };
const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const styles = {
  body: { backgroundColor: colors.page, color: colors.text, fontFamily: font, margin: 0, padding: "24px 0" },
  container: { backgroundColor: colors.card, borderRadius: "8px", margin: "0 auto", maxWidth: "560px", padding: "32px" },
  product: { color: colors.muted, fontSize: "14px", fontWeight: 600, letterSpacing: "0.02em", margin: "0 0 24px" },
  heading: { color: colors.text, fontSize: "22px", lineHeight: "30px", margin: "0 0 16px" },
  paragraph: { color: colors.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  button: {
    backgroundColor: colors.accent,
    borderRadius: "6px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "16px",
    fontWeight: 600,
    padding: "12px 24px",
    textDecoration: "none",
  },
  small: { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 8px" },
  link: { color: colors.accent, fontSize: "13px", wordBreak: "break-all" as const },
  hr: { borderColor: colors.rule, margin: "24px 0" },
};

type LayoutProps = { locale: EmailLocale; preview: string; heading: string; footer?: string; children: ReactNode };

/** The frame every template uses; `lang` follows the locale so screen readers pick the right voice. */
export function EmailLayout({ locale, preview, heading, footer, children }: LayoutProps) {
  const t = emailMessages[locale].layout;
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.product}>{t.product}</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr style={styles.hr} />
          {footer ? <Text style={styles.small}>{footer}</Text> : null}
          <Text style={styles.small}>{t.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

export function SmallText({ children }: { children: ReactNode }) {
  return <Text style={styles.small}>{children}</Text>;
}

/** A button plus the raw link underneath, for clients that do not render buttons. */
export function ActionLink({ href, label, locale }: { href: string; label: string; locale: EmailLocale }) {
  return (
    <>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={href} style={styles.button}>
          {label}
        </Button>
      </Section>
      <Text style={styles.small} data-skip-in-text="true">
        {emailMessages[locale].layout.linkFallback}
      </Text>
      <Text style={styles.small} data-skip-in-text="true">
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </>
  );
}

/** A one-time code set apart in a large monospace block, readable aloud digit by digit. */
export function CodeBlock({ code }: { code: string }) {
  return (
    <Text
      style={{
        backgroundColor: colors.page,
        borderRadius: "6px",
        color: colors.text,
        fontFamily: "'SFMono-Regular', Menlo, Consolas, monospace",
        fontSize: "28px",
        fontWeight: 700,
        letterSpacing: "0.3em",
        margin: "0 0 16px",
        padding: "12px 16px",
        textAlign: "center",
      }}
    >
      {code}
    </Text>
  );
}
