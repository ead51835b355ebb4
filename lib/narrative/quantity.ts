// A figure in words ("более 43 тыс.") and the plural category that the noun after it takes.
import { approximate, type Approximation } from "./approximate";
import { pluralCategory } from "./plural";
import type { NarrativeLocale } from "./types";

export type Quantity = { text: string; category: Intl.LDMLPluralRule; approximation: Approximation };

/** A number in the language's digits: "6,6" (ru, kk), "6.6" (en); no grouping below 1 000. */
export function formatAmount(locale: NarrativeLocale, amount: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(amount);
}

/** Non-breaking space: a number stays on one line with its unit ("43 тыс."). */
export const NBSP = "\u00a0";

export type Wording = {
  /** The approximation in words, e.g. (a) => `более ${a} тыс.`. */
  say(approximation: Approximation, amount: string): string;
  /** Plural category of a noun after a scaled figure ("тыс. проектов": genitive plural). */
  scaledCategory: Intl.LDMLPluralRule;
};

export function quantity(locale: NarrativeLocale, value: number, wording: Wording): Quantity {
  const approximation = approximate(value);
  const text = wording.say(approximation, formatAmount(locale, approximation.amount));
  const category = approximation.scale === "unit" ? pluralCategory(locale, approximation.amount) : wording.scaledCategory;
  return { text, category, approximation };
}

/** Ends a sentence with a full stop, unless it already ends with an abbreviation's ("тыс."). */
export function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}
