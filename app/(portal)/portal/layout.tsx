// Client-portal shell for authorized persons: product name, the current client (switcher if several), sections, locale switch, sign-out.
import type { ReactNode } from "react";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { PORTAL_HOME, requirePortalPerson } from "@/server/auth/guards";
import { Brand } from "@/app/_components/ui/brand";
import { LocaleSwitch } from "@/app/_components/ui/locale-switch";
import { SignOutButton } from "@/app/_components/ui/sign-out-button";
import { serverApi } from "@/server/trpc/server";
import { ClientSwitcher } from "./_shell/client-switcher";
import { currentMembership } from "./_shell/current-client";
import { PortalNav } from "./_shell/portal-nav";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  await connection();
  const actor = await requirePortalPerson(PORTAL_HOME);
  const [current, t, tApp, tNav, api] = await Promise.all([
    currentMembership(actor),
    getTranslations("portal.header"),
    getTranslations("app"),
    getTranslations("portal.nav"),
    serverApi(),
  ]);
  const badges = current ? await api.portal.badges({ clientId: current.clientId }) : { openTodos: 0, unreadNotifications: 0 };
  const navItems = [
    { href: "/portal", label: tNav("home"), testId: "portal-nav-home" },
    { href: "/portal/todos", label: tNav("todos"), testId: "portal-nav-todos", count: badges.openTodos, countLabel: tNav("todosBadge", { count: badges.openTodos }) },
    { href: "/portal/access", label: tNav("access"), testId: "portal-nav-access" },
    {
      href: "/portal/notifications",
      label: tNav("notifications"),
      testId: "portal-nav-notifications",
      count: badges.unreadNotifications,
      countLabel: tNav("notificationsBadge", { count: badges.unreadNotifications }),
    },
  ];

  return (
    <div data-testid="portal-shell" className="flex min-h-dvh flex-col">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        {tApp("skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-line bg-surface/95 px-4 backdrop-blur sm:px-6">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 py-2.5">
          <div className="min-w-0 flex-1 sm:flex-none">
            <Brand href={PORTAL_HOME} subtitle={t("area")} compactOnMobile />
          </div>
          <div className="flex items-center gap-2 sm:order-last sm:gap-3">
            <LocaleSwitch />
            <SignOutButton />
          </div>
          {current ? (
            <div className="flex w-full min-w-0 items-center gap-2 border-t border-line pt-2 sm:w-auto sm:flex-1 sm:justify-end sm:border-0 sm:pt-0">
              <span className="shrink-0 text-xs font-medium tracking-wide text-muted uppercase">{t("clientLabel")}</span>
              {actor.memberships.length > 1 ? (
                <ClientSwitcher
                  key={current.clientId}
                  clients={actor.memberships.map(({ clientId, clientName }) => ({ clientId, clientName }))}
                  currentId={current.clientId}
                  label={t("switchClient")}
                  applyLabel={t("apply")}
                />
              ) : (
                <span data-testid="portal-client-name" className="min-w-0 truncate text-sm font-medium text-ink">
                  {current.clientName}
                </span>
              )}
            </div>
          ) : null}
        </div>
        <div className="mx-auto max-w-5xl pb-2">
          <PortalNav label={tNav("label")} items={navItems} />
        </div>
      </header>
      <main id="content" className="flex-1 px-4 py-6 sm:px-6 sm:py-8">
        <div className="mx-auto w-full max-w-5xl">
          {children}
        </div>
      </main>
    </div>
  );
}
