// Auth.js error page (and the code form's): an expired, used or locked link or code offers a new link; anything else is generic.
import type { Metadata } from "next";
import { getTranslations } from "@/app/_i18n/server";
import { ButtonLink } from "@/app/_components/ui/button";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { Card, CardBody } from "@/app/_components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.error");
  return { title: t("metaTitle") };
}

export default async function AuthErrorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const error = firstParam(await searchParams, "error");
  const t = await getTranslations("auth.error");
  const kind = error === "Verification" || error === "CodeExpired" || error === "CodeUsed" || error === "CodeLocked" ? error : null;
  const texts = {
    Verification: { title: t("verificationTitle"), body: t("verificationBody") },
    CodeExpired: { title: t("codeExpiredTitle"), body: t("codeExpiredBody") },
    CodeUsed: { title: t("codeUsedTitle"), body: t("codeUsedBody") },
    CodeLocked: { title: t("codeLockedTitle"), body: t("codeLockedBody") },
  };
  const shown = kind ? texts[kind] : { title: t("genericTitle"), body: t("genericBody") };
  const expiredLink = kind !== null;
  return (
    <Card>
      <CardBody className="px-5 py-8 text-center sm:px-8">
        <h1 data-testid="auth-error-title" className="text-2xl font-semibold tracking-tight text-ink">
          {shown.title}
        </h1>
        <p className="mt-3 text-sm text-ink-soft">{shown.body}</p>
        <div className="mt-8 flex flex-col gap-2 sm:flex-row sm:justify-center">
          {expiredLink ? (
            <ButtonLink href="/sign-in?tab=portal" data-testid="request-new-link">
              {t("requestNew")}
            </ButtonLink>
          ) : null}
          <ButtonLink href="/sign-in" variant={expiredLink ? "quiet" : "primary"}>
            {t("back")}
          </ButtonLink>
        </div>
      </CardBody>
    </Card>
  );
}
