// Switches the interface language: two submit buttons posting to a server action that stores the NEXT_LOCALE cookie.
import { getLocale, getTranslations } from "@/app/_i18n/server";
import { setLocale } from "@/app/_i18n/actions";
import { locales } from "@/app/_i18n/locales";
import { cn } from "./cn";

export async function LocaleSwitch({ inverted = false }: { inverted?: boolean }) {
  const [current, t] = await Promise.all([getLocale(), getTranslations("locale")]);
  return (
    <form action={setLocale} data-testid="locale-switch" aria-label={t("label")} className={cn("inline-flex rounded-md p-0.5", inverted ? "bg-white/10" : "bg-slate-100")}>
      {locales.map((locale) => {
        const active = locale === current;
        return (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={active}
            aria-label={`${locale.toUpperCase()} — ${t(locale)}`}
            title={t(locale)}
            className={cn(
              "h-7 min-w-9 rounded px-2 text-xs font-semibold tracking-wide uppercase transition-colors",
              active
                ? inverted
                  ? "bg-white text-brand-900"
                  : "bg-surface text-ink shadow-sm"
                : inverted
                  ? "text-brand-100 hover:text-white"
                  : "text-muted hover:text-ink",
            )}
          >
            {locale}
          </button>
        );
      })}
    </form>
  );
}
