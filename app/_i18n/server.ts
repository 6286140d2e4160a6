// getTranslations and getFormatter for server components, with parsed messages and Intl formatters shared by every
// request of a locale. next-intl's own build a fresh cache per request, so each page parsed every message it shows
// again (9 % of the dashboard's server CPU). Sharing is safe here: the cache keys hold the locale and the message,
// and the time zone is the same for every request (TIME_ZONE).
import "server-only";
import { cache } from "react";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "next-intl";
import {
  getFormatter as getRequestFormatter,
  getMessages,
  getNow,
  getTimeZone,
  getTranslations as getRequestTranslations,
  getLocale,
} from "next-intl/server";

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

const translationsFor = cache(async (namespace?: string) => {
  const intl = await requestIntl();
  return createTranslator({ locale: intl.locale, messages: intl.messages, timeZone: intl.timeZone, namespace: namespace as never, _cache: intl.cache, _formatters: intl.formatters });
});

/** next-intl's getTranslations(namespace), typed the same. */
export const getTranslations = ((namespace?: string) => translationsFor(namespace)) as unknown as typeof getRequestTranslations;

/** next-intl's getFormatter(), typed the same. */
export const getFormatter = cache(async () => {
  const intl = await requestIntl();
  return createFormatter({ locale: intl.locale, timeZone: intl.timeZone, now: intl.now, _cache: intl.cache, _formatters: intl.formatters });
}) as unknown as typeof getRequestFormatter;
