// Sign-in for both audiences: staff (e-mail + password) and the client portal (magic link); signed-in visitors go home.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { homeOfCurrentUser } from "@/server/auth/guards";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Card, CardBody } from "@/app/_components/ui/card";
import { audienceOfNext, safeNextPath, type Audience } from "./next-path";
import { PortalSignInForm } from "./portal-form";
import { SignInTabs } from "./sign-in-tabs";
import { StaffSignInForm } from "./staff-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

function tabHref(tab: Audience, next: string | undefined): string {
  const query = new URLSearchParams({ tab });
  if (next) query.set("next", next);
  return `/sign-in?${query}`;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const home = await homeOfCurrentUser();
  if (home) redirect(home);

  const params = await searchParams;
  const next = firstParam(params, "next", 2000);
  const tab = firstParam(params, "tab");
  const initial: Audience = tab === "portal" || tab === "staff" ? tab : (audienceOfNext(next) ?? "staff");
  const t = await getTranslations("auth.signIn");

  const panel = (audience: Audience) => (
    <div>
      <h2 className="text-base font-semibold text-ink">{t(`${audience}.heading`)}</h2>
      <p className="mt-1 mb-5 text-sm text-muted">{t(`${audience}.description`)}</p>
      {audience === "staff" ? <StaffSignInForm next={safeNextPath(next, "staff")} /> : <PortalSignInForm next={safeNextPath(next, "portal")} />}
    </div>
  );

  return (
    <Card>
      <CardBody className="px-5 py-6 sm:px-8 sm:py-8">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-muted">{t("subtitle")}</p>
        <SignInTabs
          label={t("tabsLabel")}
          initial={initial}
          tabs={[
            { id: "staff", label: t("staffTab"), href: tabHref("staff", next), panel: panel("staff") },
            { id: "portal", label: t("portalTab"), href: tabHref("portal", next), panel: panel("portal") },
          ]}
        />
      </CardBody>
    </Card>
  );
}
