// Back-office shell for staff: sidebar navigation filtered by role, header with the person, locale switch and sign-out.
import type { ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { requireStaff, STAFF_HOME } from "@/server/auth/guards";
import { Brand } from "@/app/_components/ui/brand";
import { LocaleSwitch } from "@/app/_components/ui/locale-switch";
import { SignOutButton } from "@/app/_components/ui/sign-out-button";
import { MobileMenu } from "./_shell/mobile-menu";
import { navItemsFor } from "./_shell/nav-items";
import { OfficeNav, type LabelledNavItem } from "./_shell/office-nav";
import { UserBadge } from "./_shell/user-badge";

export default async function OfficeLayout({ children }: { children: ReactNode }) {
  await connection();
  const actor = await requireStaff(STAFF_HOME);
  const [t, tApp] = await Promise.all([getTranslations("office"), getTranslations("app")]);
  const items: LabelledNavItem[] = navItemsFor(actor.role).map((item) => ({ ...item, label: t(`nav.${item.key}`) }));

  return (
    <div data-testid="office-shell" className="min-h-dvh md:grid md:grid-cols-[15.5rem_minmax(0,1fr)]">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        {tApp("skipToContent")}
      </a>
      <div className="hidden bg-brand-900 md:block">
        <aside className="sticky top-0 flex h-dvh flex-col gap-6 overflow-y-auto px-3 py-5">
          <div className="px-2">
            <Brand href={STAFF_HOME} inverted wrap subtitle={t("header.area")} />
          </div>
          <OfficeNav items={items} label={t("nav.label")} variant="sidebar" />
        </aside>
      </div>

      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
          <div className="relative flex h-14 items-center gap-2 px-3 sm:gap-3 sm:px-4 md:px-8">
            <div className="min-w-0 md:hidden">
              <Brand href={STAFF_HOME} compactOnMobile />
            </div>
            <div className="ml-auto flex shrink-0 items-center gap-1.5 sm:gap-3">
              <div className="hidden max-w-56 sm:block">
                <UserBadge name={actor.name} role={actor.role} />
              </div>
              <LocaleSwitch />
              <SignOutButton />
              <MobileMenu
                items={items}
                navLabel={t("nav.label")}
                openLabel={t("nav.menu")}
                closeLabel={t("nav.closeMenu")}
                header={<UserBadge name={actor.name} role={actor.role} />}
              />
            </div>
          </div>
        </header>
        <main id="content" className="flex-1 px-4 py-6 sm:px-6 md:px-8 md:py-8">
          <div className="mx-auto w-full max-w-6xl">
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
