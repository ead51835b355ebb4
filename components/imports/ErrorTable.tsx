// The rows of a file that failed the checks: row, column (in the reader's language), the value
// as typed, and why. At most the first MAX_STORED_ERRORS are kept; the count says how many rows.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ImportKind } from "@/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/config";
import type { ImportErrorView } from "@/lib/imports/schema";
import { columnLabel } from "@/lib/imports/vocabulary";
import { errorText } from "./error-text";

export async function ErrorTable({ kind, errors, errorRows }: { kind: ImportKind; errors: ImportErrorView[]; errorRows: number }) {
  const [t, root, format, locale] = await Promise.all([getTranslations("imports.job"), getTranslations(), getFormatter(), getLocale()]);
  const reader = resolveLocale(locale);
  const rowErrors = errors.filter((e) => e.row > 0);
  if (rowErrors.length === 0) return null;
  const translate = root as unknown as Parameters<typeof errorText>[0];
  return (
    <section aria-labelledby="import-errors-title" className="space-y-2">
      <h2 id="import-errors-title" className="text-lg font-semibold text-brand-900">{t("errorsTitle")}</h2>
      {errorRows > new Set(rowErrors.map((e) => e.row)).size ? (
        <p className="text-sm text-slate-700">{t("errorsShown", { shown: format.number(rowErrors.length), total: format.number(errorRows) })}</p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm" data-testid="import-errors">
          <caption className="sr-only">{t("errorsTitle")}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("row")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("column")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("value")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("message")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rowErrors.map((error, i) => (
              <tr key={`${error.row}-${error.column}-${i}`}>
                <td className="px-3 py-2 tabular-nums">{error.row}</td>
                <td className="px-3 py-2">{error.column ? columnLabel(reader, kind, error.column) : "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{error.value}</td>
                <td className="px-3 py-2">{errorText(translate, reader, kind, error)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
