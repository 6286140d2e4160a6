"use server";
// Server action of the locale switch: remembers the chosen locale in a cookie for a year and, for a signed-in
// person, on their account too (so e-mails reach them in the same language).
import { cookies } from "next/headers";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { requestIsHttps } from "@/server/security/cookies";
import { isLocale, LOCALE_COOKIE } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: await requestIsHttps() });
  const userId = (await auth())?.user?.id;
  if (userId) await db.user.updateMany({ where: { id: userId }, data: { locale } });
}
