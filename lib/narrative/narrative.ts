// The narrative paragraph of a summary report or an inquiry answer, in Russian, Kazakh or
// English, written from the figures in the register of an official reply (see
// lib/narrative/languages/*). Pure: used by pages, the PDF and DOCX exports and server actions.
import { narrativeEn } from "./languages/en";
import { narrativeKk } from "./languages/kk";
import { narrativeRu } from "./languages/ru";
import type { NarrativeContext, NarrativeFigures, NarrativeLocale } from "./types";

export type { NarrativeContext, NarrativeFigures, NarrativeLocale } from "./types";
export { narrativeLocales } from "./types";

const writers: Record<NarrativeLocale, (f: NarrativeFigures, c: NarrativeContext) => string> = {
  ru: narrativeRu,
  kk: narrativeKk,
  en: narrativeEn,
};

export function composeNarrative(figures: NarrativeFigures, locale: NarrativeLocale, context: NarrativeContext): string {
  return writers[locale](figures, context);
}
