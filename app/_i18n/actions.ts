"use server";
// Server action of the locale switch: remembers the chosen locale in a cookie for a year.
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
}
