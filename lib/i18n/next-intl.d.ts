// Typed translation keys: `t("headline.projects")` is checked against the Russian catalogue
// (tests/unit/messages.test.ts keeps the other two in step), and getLocale() returns a Locale.
import type ru from "@/messages/ru.json";
import type { Locale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof ru;
  }
}
