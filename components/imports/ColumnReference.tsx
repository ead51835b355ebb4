// The columns of an import file, as on the template's instructions sheet: header in the
// reader's language, code, required, format, explanation, allowed values (names and codes).
import { getTranslations } from "next-intl/server";
import type { ImportKind } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { templateColumns, type TemplateRegion } from "@/lib/imports/templates";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";

export async function ColumnReference({ kind, locale, region }: { kind: ImportKind; locale: Locale; region: TemplateRegion | null }) {
  const t = await getTranslations("imports");
  const columns = templateColumns(kind, locale, region);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-brand-900">{t("upload.columnsTitle", { kind: t(`kinds.${kind}`) })}</summary>
      <Table wrapperClassName="mt-3">
        <THead>
          <Tr>
            <Th scope="col">{t("template.column")}</Th>
            <Th scope="col">{t("template.code")}</Th>
            <Th scope="col">{t("template.required")}</Th>
            <Th scope="col">{t("template.format")}</Th>
            <Th scope="col">{t("template.description")}</Th>
            <Th scope="col">{t("template.allowed")}</Th>
          </Tr>
        </THead>
        <TBody>
          {columns.map((c) => (
            <Tr key={c.key}>
              <Th scope="row">{c.label}</Th>
              <Td className="font-mono text-xs">{c.key}</Td>
              <Td>{c.required ? t("values.boolean.yes") : t("values.boolean.no")}</Td>
              <Td>{c.format}</Td>
              <Td>{c.help}</Td>
              <Td className="whitespace-pre-line">{c.allowed}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <p className="mt-3 text-sm text-slate-700">{t("template.notes")}</p>
    </details>
  );
}
