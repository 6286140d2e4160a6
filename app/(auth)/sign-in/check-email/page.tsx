// After a magic-link request: the same neutral page whether or not the address belongs to an authorized person.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody } from "@/app/_components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.checkEmail");
  return { title: t("metaTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth.checkEmail");
  return (
    <Card>
      <CardBody className="px-5 py-8 text-center sm:px-8">
        <div aria-hidden="true" className="mx-auto mb-5 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-600">
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" className="size-6">
            <rect x="3" y="5" width="18" height="14" rx="2" />
            <path d="m4 7 8 6 8-6" strokeLinejoin="round" />
          </svg>
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="mt-3 text-sm text-ink-soft">{t("body")}</p>
        <p className="mt-2 text-sm font-medium text-ink">{t("validity")}</p>
        <p className="mt-4 text-sm text-muted">{t("spam")}</p>
        <div className="mt-8 flex flex-col gap-2 sm:flex-row sm:justify-center">
          <ButtonLink href="/sign-in?tab=portal" variant="secondary">
            {t("again")}
          </ButtonLink>
          <ButtonLink href="/sign-in" variant="quiet">
            {t("back")}
          </ButtonLink>
        </div>
      </CardBody>
    </Card>
  );
}
