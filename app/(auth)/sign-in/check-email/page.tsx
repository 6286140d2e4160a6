// After a magic-link request: the same neutral page whether or not the address belongs to an authorized person, with the code form.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "@/app/_i18n/server";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody } from "@/app/_components/ui/card";
import { SIGN_IN_EMAIL_COOKIE } from "../request-link";
import { CodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.checkEmail");
  return { title: t("metaTitle") };
}

export default async function CheckEmailPage() {
  const [t, tCode, jar] = await Promise.all([getTranslations("auth.checkEmail"), getTranslations("auth.codeForm"), cookies()]);
  const email = jar.get(SIGN_IN_EMAIL_COOKIE)?.value ?? "";
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
        <section aria-labelledby="code-form-title" className="mt-8 border-t border-line pt-6">
          <h2 id="code-form-title" className="text-base font-semibold text-ink">
            {tCode("title")}
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted">{tCode("body")}</p>
          <CodeForm email={email} />
        </section>
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
