// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium, type Browser } from "playwright-core";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}

/** The sign-in link inside a magic-link e-mail. */
export function magicLinkFrom(html: string): string {
  const match = html.match(/href="([^"]*\/api\/auth\/callback\/resend[^"]*)"/);
  if (!match?.[1]) throw new Error("no sign-in link in the e-mail");
  return match[1].replaceAll("&amp;", "&");
}
