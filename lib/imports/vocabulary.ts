// Words an import file may use, in any of the portal's three languages: column headers and the
// values of enum and yes/no columns. They come from the message catalogues (the only place where
// Russian and Kazakh live), plus the machine codes, so that a file written by a Kazakh-speaking
// akimat is read by the same rules as a Russian or an English one.
import type { ImportKind } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { columnsOf, ENUM_CODES, type EnumColumnType } from "./columns";

type ImportMessages = (typeof ru)["imports"];
export const importMessages: Record<Locale, ImportMessages> = { ru: ru.imports, kk: kk.imports, en: en.imports };

/**
 * Lower case, ё as е, no required-marker asterisks, no text in brackets, single spaces:
 * "  Дата приёма (ДД.ММ.ГГГГ) * " and "дата приема" read the same.
 */
export function normaliseWord(value: string): string {
  // Cells repeat ("да", "нет", a category name): remember the short ones.
  const known = memo.get(value);
  if (known !== undefined) return known;
  const word = normalise(value);
  if (value.length <= 64 && memo.size < 10_000) memo.set(value, word);
  return word;
}

const memo = new Map<string, string>();

function normalise(value: string): string {
  return withoutBracketedText(value.normalize("NFKC").toLowerCase().replace(/ё/g, "е"))
    .replace(/[*:"«»“”]/g, " ")
    .replace(/[\s\u00a0\u202f_]+/g, " ")
    .trim();
}

/**
 * "(…)" → " ", as /\([^)]*\)/g would, in one pass: that regex retries from every "(" it meets,
 * so a header of 100,000 "(" cost 5 billion steps.
 */
function withoutBracketedText(text: string): string {
  let result = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("(", from);
    const close = open === -1 ? -1 : text.indexOf(")", open + 1);
    if (close === -1) return result + text.slice(from);
    result += `${text.slice(from, open)} `;
    from = close + 1;
  }
}

/** camelCase code → "camel case", so that "hired_at", "hiredAt" and "HIRED AT" all match. */
function codeWords(code: string): string {
  return normaliseWord(code.replace(/([a-z0-9])([A-Z])/g, "$1 $2"));
}

function label(locale: Locale, kind: ImportKind, key: string): string {
  const columns = importMessages[locale].columns[kind] as Record<string, string>;
  return columns[key] ?? key;
}

export function columnLabel(locale: Locale, kind: ImportKind, key: string): string {
  return label(locale, kind, key);
}

const headerIndexes = new Map<ImportKind, Map<string, string>>();

/** Normalised header → column key, for every language and the codes. */
export function headerIndex(kind: ImportKind): Map<string, string> {
  let index = headerIndexes.get(kind);
  if (index) return index;
  index = new Map();
  for (const { key } of columnsOf(kind)) {
    index.set(codeWords(key), key);
    index.set(normaliseWord(key), key);
    for (const locale of ["ru", "kk", "en"] as const) index.set(normaliseWord(label(locale, kind, key)), key);
  }
  headerIndexes.set(kind, index);
  return index;
}

const enumMessages: Record<Locale, (typeof ru)["enums"]> = { ru: ru.enums, kk: kk.enums, en: en.enums };

/** The portal's own name of an enum value (the shared "enums" namespace), as the forms show it. */
export function enumLabel(locale: Locale, type: EnumColumnType, code: string): string {
  const values = enumMessages[locale][type] as Record<string, string>;
  return values[code] ?? code;
}

const enumIndexes = new Map<EnumColumnType, Map<string, string>>();

/** Normalised label or code → enum code ("Капитальный ремонт", "capital repair", "CAPITAL_REPAIR"). */
export function enumIndex(type: EnumColumnType): Map<string, string> {
  let index = enumIndexes.get(type);
  if (index) return index;
  index = new Map();
  for (const code of ENUM_CODES[type]) {
    index.set(normaliseWord(code), code);
    index.set(codeWords(code.toLowerCase()), code);
    for (const locale of ["ru", "kk", "en"] as const) index.set(normaliseWord(enumLabel(locale, type, code)), code);
  }
  enumIndexes.set(type, index);
  return index;
}

const booleanWords = (() => {
  const index = new Map<string, boolean>();
  for (const word of ["1", "+", "true", "y", "д", "и"]) index.set(word, true);
  for (const word of ["0", "-", "false", "n", "н", "ж"]) index.set(word, false);
  for (const locale of ["ru", "kk", "en"] as const) {
    index.set(normaliseWord(importMessages[locale].values.boolean.yes), true);
    index.set(normaliseWord(importMessages[locale].values.boolean.no), false);
  }
  return index;
})();

/** "да", "иә", "yes", "1", "true", "+" → true; "нет", "жоқ", "no", "0", "false", "-" → false. */
export function booleanOf(word: string): boolean | undefined {
  return booleanWords.get(normaliseWord(word));
}
