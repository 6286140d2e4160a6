// Type-safe messages and locales for next-intl: a missing key is a compile error.
import type messages from "../../messages/ru/index.ts";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
