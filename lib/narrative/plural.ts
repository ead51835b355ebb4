// Plural forms through Intl.PluralRules (CLDR): Russian has one / few / many / other
// (1 проект, 2 проекта, 5 проектов, 1,5 проекта), Kazakh and English one / other.
import type { NarrativeLocale } from "./types";

/** Forms of a word or phrase by CLDR plural category; `other` is the fallback. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<NarrativeLocale, Intl.PluralRules>();

export function pluralCategory(locale: NarrativeLocale, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

export function pick(forms: Forms, category: Intl.LDMLPluralRule): string {
  return forms[category] ?? forms.other;
}
