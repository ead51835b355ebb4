// The sentence of an upload refused for its size, in the reader's language (the NEXT_LOCALE
// cookie, as every page reads it): for clients that post to /imports/upload without the portal's
// form, which translates the code itself. No I/O.
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { resolveLocale } from "@/lib/i18n/config";

const catalogues = { ru, kk, en };

export function fileTooLargeText(localeCookie: string | null | undefined, maxMb: number): string {
  return catalogues[resolveLocale(localeCookie)].imports.errors.fileTooLarge.replace("{maxMb}", String(maxMb));
}
