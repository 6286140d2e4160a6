// Reading Next's searchParams: one string value per key, bounded in length.
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, trimmed; undefined when missing, empty or longer than `maxLength`. */
export function firstParam(params: SearchParams, key: string, maxLength = 200): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && value.length <= maxLength ? value : undefined;
}
