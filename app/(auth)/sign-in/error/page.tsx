// Auth.js error page: an expired or used magic link offers a new one; every other error is a generic message.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
  const expiredLink = error === "Verification";
  return (
    <Card>
      <CardBody className="px-5 py-8 text-center sm:px-8">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{expiredLink ? t("verificationTitle") : t("genericTitle")}</h1>
        <p className="mt-3 text-sm text-ink-soft">{expiredLink ? t("verificationBody") : t("genericBody")}</p>
        <div className="mt-8 flex flex-col gap-2 sm:flex-row sm:justify-center">
          {expiredLink ? <ButtonLink href="/sign-in?tab=portal">{t("requestNew")}</ButtonLink> : null}
          <ButtonLink href="/sign-in" variant={expiredLink ? "quiet" : "primary"}>
            {t("back")}
          </ButtonLink>
        </div>
      </CardBody>
    </Card>
  );
}
