// Translations in a language chosen by the document, not by the reader's cookie: an answer
// drafted in Kazakh is exported in Kazakh whoever downloads it. Uses next-intl's
// createTranslator over the same message catalogues as the pages (messages/*.json).
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import type ru from "@/messages/ru.json";

type Messages = typeof ru;

const loaders: Record<Locale, () => Promise<Messages>> = {
  ru: async () => (await import("@/messages/ru.json")).default,
  kk: async () => (await import("@/messages/kk.json")).default as Messages,
  en: async () => (await import("@/messages/en.json")).default as Messages,
};

export async function translatorFor(locale: Locale) {
  const messages = await loaders[locale]();
  return createTranslator({ locale, messages, timeZone: "Asia/Almaty" });
}

export type DocumentTranslator = Awaited<ReturnType<typeof translatorFor>>;
