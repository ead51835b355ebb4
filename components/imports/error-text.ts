// The sentence for an import error code, server-side: the import's own messages first, then the
// form's messages of the same records (placements or projects: the import applies the forms'
// rules and codes), then the shared ones; an unknown code still reads as a sentence.
import type { ImportKind } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { columnLabel } from "@/lib/imports/vocabulary";
import type { ImportErrorView } from "@/lib/imports/schema";

type Translator = { (key: string, params?: Record<string, string | number>): string; has(key: string): boolean };

export function errorText(t: Translator, locale: Locale, kind: ImportKind, error: Pick<ImportErrorView, "code" | "params">): string {
  const params = { ...error.params };
  // missingColumns names column keys: shown as the reader's headers.
  if (typeof params.columns === "string") {
    params.columns = params.columns.split(",").map((key) => `«${columnLabel(locale, kind, key)}»`).join(", ");
  }
  const domain = kind === "PROJECTS" ? "projects" : "placements";
  for (const key of [`imports.errors.${error.code}`, `${domain}.errors.${error.code}`, `errors.${error.code}`]) {
    if (t.has(key)) return t(key, params);
  }
  return t("errors.unexpected");
}
