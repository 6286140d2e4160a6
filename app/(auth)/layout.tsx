// Layout of the sign-in pages: product name, locale switch and one centered column.
import type { ReactNode } from "react";
import { getTranslations } from "@/app/_i18n/server";
import { Brand } from "@/app/_components/ui/brand";
import { LocaleSwitch } from "@/app/_components/ui/locale-switch";
import { ClientMessages } from "@/app/_i18n/client-messages";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between gap-4 px-4 py-4 sm:px-8">
        <Brand href="/sign-in" compactOnMobile />
        <LocaleSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:items-center sm:pt-0">
        <div className="w-full max-w-md">
            <ClientMessages namespaces={["auth.signIn", "auth.codeForm"]}>{children}</ClientMessages>
          </div>
      </main>
      <footer className="px-4 pb-6 text-center text-xs text-muted">{t("description")}</footer>
    </div>
  );
}
