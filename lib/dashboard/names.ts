import type { Locale } from "@/lib/i18n/config";

/** A region's or district's name in the interface language. */
export function localName(row: { nameRu: string | null; nameKk: string | null; nameEn: string | null }, locale: Locale): string {
  const name = locale === "kk" ? row.nameKk : locale === "en" ? row.nameEn : row.nameRu;
  return name ?? row.nameRu ?? "";
}
