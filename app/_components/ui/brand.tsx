// The product mark and name shown in every header (optionally the short name on narrow screens).
import { Link } from "@/app/_components/ui/link";
import { getTranslations } from "@/app/_i18n/server";
import { cn } from "./cn";

type BrandProps = { href: string; inverted?: boolean; subtitle?: string; compactOnMobile?: boolean; wrap?: boolean };

export async function Brand({ href, inverted = false, subtitle, compactOnMobile = false, wrap = false }: BrandProps) {
  const t = await getTranslations("app");
  const nameClass = cn(wrap ? "text-balance" : "truncate", "text-sm font-semibold", inverted ? "text-white" : "text-ink");
  return (
    <Link href={href} className="flex min-w-0 items-center gap-2 sm:gap-2.5">
      <span aria-hidden="true" className={cn("flex size-8 shrink-0 items-center justify-center rounded-md", inverted ? "bg-white/10 text-white" : "bg-brand-600 text-white")}>
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" className="size-4">
          <path d="M5 12.5 9.5 17 19 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <span className="min-w-0 leading-tight">
        {compactOnMobile ? (
          <>
            <span className={cn(nameClass, "block sm:hidden")}>{t("productShort")}</span>
            <span className={cn(nameClass, "hidden sm:block")}>{t("product")}</span>
          </>
        ) : (
          <span className={cn(nameClass, "block")}>{t("product")}</span>
        )}
        {subtitle ? <span className={cn("block truncate text-xs", inverted ? "text-brand-200" : "text-muted")}>{subtitle}</span> : null}
      </span>
    </Link>
  );
}
