// The body of a 404 page, shared by the root page and the in-shell pages of the office and the portal.
import { getTranslations } from "@/app/_i18n/server";
import { ButtonLink } from "./ui/button";

export async function NotFoundContent({ homeHref }: { homeHref: string }) {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto w-full max-w-md py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{t("code")}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-ink">{t("title")}</h1>
      <p className="mt-3 text-base text-muted">{t("body")}</p>
      <div className="mt-8">
        <ButtonLink href={homeHref}>{t("home")}</ButtonLink>
      </div>
    </div>
  );
}
