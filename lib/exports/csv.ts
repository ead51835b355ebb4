// CSV for Excel as used in Kazakhstan: UTF-8 with a byte-order mark (without it Excel reads
// Cyrillic as cp1251 mojibake) and ";" between fields (Excel in a Russian or Kazakh locale
// splits on ";", since "," is the decimal separator there), CRLF line ends (RFC 4180).
import { startsLikeFormula } from "./formula-guard";
import type { ExportCell, ExportColumn, ExportTable } from "./table";

const BOM = "\uFEFF";
const SEPARATOR = ";";

/**
 * Text that a spreadsheet would run as a formula (CSV injection, OWASP) is prefixed with '. So is
 * such text behind apostrophes of its own ("'=x" → "''=x"), so that the import can take off
 * exactly the one added here and the round trip is exact (formula-guard.ts).
 */
function neutralised(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

function quoted(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text field, neutralised and quoted as needed. */
export function csvText(text: string): string {
  return quoted(neutralised(text));
}

/** Decimal separator of the user's language: a comma in Russian and Kazakh, a point in English. */
export function decimalSeparator(locale: string): string {
  return locale === "en" ? "." : ",";
}

function cellText(cell: ExportCell, column: ExportColumn, locale: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return quoted(neutralised(cell));
  if (!Number.isFinite(cell)) return "";
  // Plain digits, no thousands separators: the spreadsheet formats the number itself.
  const text =
    column.kind === "percent" ? String(Math.round(cell * 1000) / 10) : column.kind === "money" ? cell.toFixed(2) : String(cell);
  return text.replace(".", decimalSeparator(locale));
}

export function toCsv(table: ExportTable, locale: string): string {
  const lines = [table.columns.map((column) => quoted(neutralised(column.header))).join(SEPARATOR)];
  for (const row of table.rows) lines.push(table.columns.map((column, i) => cellText(row[i] ?? null, column, locale)).join(SEPARATOR));
  return BOM + lines.join("\r\n") + "\r\n";
}
