// Reading Next's searchParams: one string value per key, bounded in length, free of control characters.
export type SearchParams = Record<string, string | string[] | undefined>;

/** C0 control characters and DEL: never part of a search or a name, and a NUL cannot even reach PostgreSQL. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** The first value of a query parameter, trimmed; undefined when missing, empty, longer than `maxLength` or holding a control character. */
export function firstParam(params: SearchParams, key: string, maxLength = 200): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && value.length <= maxLength && !CONTROL_CHARACTER.test(value) ? value : undefined;
}
