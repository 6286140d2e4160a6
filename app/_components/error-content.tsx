"use client";
// The body of an error boundary: a calm message, a retry button and a reference code; never the error's details.
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "./ui/button";

export function ErrorContent({ error, retry, homeHref }: { error: unknown; retry: () => void; homeHref: string }) {
  const t = useTranslations("errorPage");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto w-full max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{t("title")}</h1>
      <p className="mt-3 text-base text-muted">{t("body")}</p>
      {digest ? <p className="mt-2 font-mono text-xs text-muted">{t("reference", { digest })}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <ButtonLink href={homeHref} variant="secondary">
          {t("home")}
        </ButtonLink>
      </div>
    </div>
  );
}
