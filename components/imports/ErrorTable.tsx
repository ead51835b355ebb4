// The rows of a file that failed the checks: row, column (in the reader's language), the value
// as typed, and why. At most the first MAX_STORED_ERRORS are kept; the count says how many rows.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ImportKind } from "@/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/config";
import type { ImportErrorView } from "@/lib/imports/schema";
import { columnLabel } from "@/lib/imports/vocabulary";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
      <Table data-testid="import-errors">
        <Caption>{t("errorsTitle")}</Caption>
        <THead>
          <Tr>
            <Th scope="col">{t("row")}</Th>
            <Th scope="col">{t("column")}</Th>
            <Th scope="col">{t("value")}</Th>
            <Th scope="col">{t("message")}</Th>
          </Tr>
        </THead>
        <TBody>
          {rowErrors.map((error, i) => (
            <Tr key={`${error.row}-${error.column}-${i}`}>
              <Td className="tabular-nums">{error.row}</Td>
              <Td>{error.column ? columnLabel(reader, kind, error.column) : "—"}</Td>
              <Td className="font-mono text-xs">{error.value}</Td>
              <Td>{errorText(translate, reader, kind, error)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
