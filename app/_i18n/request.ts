// next-intl request config: the locale comes from the NEXT_LOCALE cookie (no locale in the URL), Russian by default.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE, TIME_ZONE, type Locale } from "./locales";

/** Russian is the reference: a key missing from another locale's file fails type-checking here. */
type Messages = typeof import("../../messages/ru/index.ts").default;

const loaders = {
  ru: () => import("../../messages/ru/index.ts"),
  en: () => import("../../messages/en/index.ts"),
} satisfies Record<Locale, () => Promise<{ default: Messages }>>;

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  const messages = (await loaders[locale]()).default;
  return { locale, messages, timeZone: TIME_ZONE };
});
