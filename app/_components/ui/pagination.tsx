// Cursor pagination: "back to the start" and "next page" links that keep the current filters.
import { getTranslations } from "@/app/_i18n/server";
import { ButtonLink } from "./button";

type PaginationProps = { basePath: string; params: Record<string, string | undefined>; nextCursor: string | null; isFirstPage: boolean };

function hrefWith(basePath: string, params: Record<string, string | undefined>, cursor?: string): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (cursor) query.set("cursor", cursor);
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

export async function Pagination({ basePath, params, nextCursor, isFirstPage }: PaginationProps) {
  if (isFirstPage && !nextCursor) return null;
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-end gap-2 border-t border-line px-5 py-3">
      {isFirstPage ? null : (
        <ButtonLink href={hrefWith(basePath, params)} variant="quiet" size="sm">
          {t("firstPage")}
        </ButtonLink>
      )}
      {nextCursor ? (
        <ButtonLink href={hrefWith(basePath, params, nextCursor)} variant="secondary" size="sm">
          {t("nextPage")}
          <span aria-hidden="true">→</span>
        </ButtonLink>
      ) : null}
    </nav>
  );
}
