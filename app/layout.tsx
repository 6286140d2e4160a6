// Root layout: <html lang> follows the locale, messages reach client components, global styles load once.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "@/app/_i18n/server";
import { ClientMessages } from "./_i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("product"), template: `%s · ${t("productShort")}` },
    description: t("description"),
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ClientMessages namespaces={[]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
