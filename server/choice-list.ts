// How many choices a <select> offers before a name search takes its place; shared by every such picker and filter.
export const CHOICE_LIST_LIMIT = 50;

/** Rows read with `take: CHOICE_LIST_LIMIT + 1`: the first CHOICE_LIST_LIMIT, and whether the firm has more. */
export function firstChoices<T>(rows: T[]): { items: T[]; more: boolean } {
  return { items: rows.slice(0, CHOICE_LIST_LIMIT), more: rows.length > CHOICE_LIST_LIMIT };
}

/** Rows read with `take: limit + 1`: one page, and the cursor to the next (the id of the page's last row). */
export function pageOf<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
