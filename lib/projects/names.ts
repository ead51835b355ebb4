// Names of catalogue entries (regions, districts) in the reader's language. Pure.
import type { Locale } from "@/lib/i18n/config";

export type Named = { nameRu: string; nameKk: string; nameEn: string };

export function localName(entry: Named, locale: Locale): string {
  return locale === "kk" ? entry.nameKk : locale === "en" ? entry.nameEn : entry.nameRu;
}
