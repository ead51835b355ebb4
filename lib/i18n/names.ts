// The one way to show a record's name (regions, districts) in the reader's language: records
// carry nameRu, nameKk and nameEn; a missing translation falls back to Russian, the programme's
// working language. No I/O: used by loaders, PDF and components alike.
import type { Locale } from "./config";

/** A record's names; null where a translation is missing (summary rows of "no district"). */
export type LocalNames = { nameRu: string | null; nameKk: string | null; nameEn: string | null };

export function localName(names: LocalNames, locale: Locale | string): string {
  const name = locale === "kk" ? names.nameKk : locale === "en" ? names.nameEn : names.nameRu;
  return name ?? names.nameRu ?? "";
}
