// Numbers and dates in a document's language, in Kazakhstan's time.
import type { Locale } from "@/lib/i18n/config";

export function documentFormat(locale: Locale) {
  const number = new Intl.NumberFormat(locale);
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Almaty" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Almaty" });
  const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "Asia/Almaty" });
  return {
    number: (value: number) => number.format(value),
    moment: (date: Date) => moment.format(date),
    day: (date: Date) => day.format(date),
    month: (date: Date) => month.format(date),
    percent: (value: number) => `${number.format(value)}%`,
  };
}

/** Content-Disposition for a download whose name may hold Cyrillic ("ДЗ-145"): RFC 6266 / 5987. */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
