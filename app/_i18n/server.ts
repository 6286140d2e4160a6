// getTranslations and getFormatter for server components, with parsed messages and Intl formatters shared by every
// request of a locale. next-intl's own build a fresh cache per request, so each page parsed every message it shows
// again (9 % of the dashboard's server CPU). Sharing is safe here: the cache keys hold the locale and the message,
// and the time zone is the same for every request (TIME_ZONE).
import "server-only";
import { cache } from "react";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { getLocale, getMessages, getNow, getTimeZone } from "next-intl/server";
import { isMessageKey } from "./message-key";

export { getLocale };

type IntlCaches = { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> };
const cachesByLocale = new Map<string, IntlCaches>();

/** The process-wide caches of one locale. */
export function sharedIntlCaches(locale: string): IntlCaches {
  let caches = cachesByLocale.get(locale);
  if (!caches) {
    const store = _createCache();
    caches = { cache: store, formatters: _createIntlFormatters(store) };
    cachesByLocale.set(locale, caches);
  }
  return caches;
}

const requestIntl = cache(async () => {
  const [locale, messages, timeZone, now] = await Promise.all([getLocale(), getMessages(), getTimeZone(), getNow()]);
  return { locale, messages, timeZone, now, ...sharedIntlCaches(locale) };
});

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type Translator<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;

const translationsFor = cache(async (namespace: string | undefined) => {
  const intl = await requestIntl();
  return createTranslator({ locale: intl.locale, messages: intl.messages, timeZone: intl.timeZone, namespace: namespace as never, _cache: intl.cache, _formatters: intl.formatters });
});

/** next-intl's getTranslations(namespace), in the request's locale (next-intl's `{ locale }` form is not offered). */
export function getTranslations<N extends Namespace = never>(namespace?: N): Promise<Translator<N>> {
  return translationsFor(namespace) as Promise<Translator<N>>;
}

/** next-intl's getFormatter(), in the request's locale. */
export const getFormatter = cache(async () => {
  const intl = await requestIntl();
  return createFormatter({ locale: intl.locale, timeZone: intl.timeZone, now: intl.now, _cache: intl.cache, _formatters: intl.formatters });
});

export type MessageLookup = { has(key: string): boolean; text(key: string): string };

/** Translation of keys known only at run time (the message keys the server sends), checked with `has` first. */
export const getMessageLookup = cache(async (): Promise<MessageLookup> => {
  const [intl, t] = await Promise.all([requestIntl(), translationsFor(undefined)]);
  // The key is data, not a literal: `has` has checked it against the catalog, which the typed key union stands for.
  return { has: (key) => isMessageKey(intl.messages, key), text: (key) => t(key as never) };
});
