// Languages of the portal. No locale prefix in URLs: the choice lives in the NEXT_LOCALE cookie,
// so a link shared between a Kazakh- and a Russian-speaking official opens the same page.
// Russian is the default: the programme's documents (e.g. the reply to inquiry ДЗ-145) are in Russian.

export const locales = ["ru", "kk", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ru";

/** The cookie next-intl's own routing would use; the name is kept so tooling recognises it. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** Figures are reported in Kazakhstan's time: Astana/Almaty, UTC+5. */
export const timeZone = "Asia/Almaty";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A cookie value from an untrusted browser, reduced to a supported locale. */
export function resolveLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : defaultLocale;
}
