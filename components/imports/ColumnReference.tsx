// The columns of an import file, as on the template's instructions sheet: header in the
// reader's language, code, required, format, explanation, allowed values (names and codes).
import { getTranslations } from "next-intl/server";
import type { ImportKind } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { templateColumns, type TemplateRegion } from "@/lib/imports/templates";

export async function ColumnReference({ kind, locale, region }: { kind: ImportKind; locale: Locale; region: TemplateRegion | null }) {
  const t = await getTranslations("imports");
  const columns = templateColumns(kind, locale, region);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-brand-900">{t("upload.columnsTitle", { kind: t(`kinds.${kind}`) })}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("template.column")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("template.code")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("template.required")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("template.format")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("template.description")}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t("template.allowed")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 align-top">
            {columns.map((c) => (
              <tr key={c.key}>
                <th scope="row" className="px-3 py-2 font-medium">{c.label}</th>
                <td className="px-3 py-2 font-mono text-xs">{c.key}</td>
                <td className="px-3 py-2">{c.required ? t("values.boolean.yes") : t("values.boolean.no")}</td>
                <td className="px-3 py-2">{c.format}</td>
                <td className="px-3 py-2">{c.help}</td>
                <td className="whitespace-pre-line px-3 py-2">{c.allowed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-slate-700">{t("template.notes")}</p>
    </details>
  );
}
