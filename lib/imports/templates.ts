// Downloadable templates of the two import files, in the reader's language. The XLSX
// has the header row (each header with a note: what to enter, the format, allowed values) and a
// second sheet explaining every column, with enum values as names AND codes (both are accepted).
// IIN, BIN and code columns are formatted as text, so that Excel keeps leading zeros. The CSV is
// the header line only, UTF-8 with a byte-order mark (so that Excel shows Cyrillic) and ";".
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { ImportKind } from "@/generated/prisma/enums";
import { csvText, decimalSeparator } from "@/lib/exports/csv";
import type { Locale } from "@/lib/i18n/config";
import { type ColumnSpec, columnsOf, ENUM_CODES, isEnumType } from "./columns";
import { type CellValue, formatDay } from "./values";
import { columnLabel, enumLabel, importMessages } from "./vocabulary";

/** The region the template is for: its code and name, and its districts' names. */
export type TemplateRegion = { code: string; name: string; districts: string[] };

function formatOf(locale: Locale, spec: ColumnSpec): string {
  const formats = importMessages[locale].formats as Record<string, string>;
  return (formats[spec.type] ?? "").replace("{max}", String(spec.maxLength ?? ""));
}

function allowedOf(locale: Locale, spec: ColumnSpec, region: TemplateRegion | null): string {
  const values = importMessages[locale].values;
  if (isEnumType(spec.type)) {
    const type = spec.type;
    return ENUM_CODES[type].map((code) => `${enumLabel(locale, type, code)} — ${code}`).join("\n");
  }
  if (spec.type === "boolean") return `${values.boolean.yes} — 1\n${values.boolean.no} — 0`;
  if (spec.type === "region" && region) return `${region.name} — ${region.code}`;
  if (spec.type === "district" && region) return region.districts.join("\n");
  return "";
}

export type TemplateColumn = { key: string; label: string; required: boolean; format: string; help: string; allowed: string };

/** The rows of the column reference (the second sheet, and the table on the import page). */
export function templateColumns(kind: ImportKind, locale: Locale, region: TemplateRegion | null): TemplateColumn[] {
  const help = importMessages[locale].help[kind] as Record<string, string>;
  return columnsOf(kind).map((spec) => ({
    key: spec.key,
    label: columnLabel(locale, kind, spec.key),
    required: spec.required,
    format: formatOf(locale, spec),
    help: help[spec.key] ?? "",
    allowed: allowedOf(locale, spec, region),
  }));
}

const TEXT_TYPES = new Set(["iin", "bin", "code", "region"]);

/**
 * The XLSX template; with `rows` (records keyed by column), a file of data in the template's
 * format, such as the registry download (lib/projects/queries.ts registryFileRows). Written with
 * exceljs' streaming writer, row by row: the whole country's registry as a workbook object took
 * 1.7 GB at ten times the national data, the stream a fraction of it.
 */
export async function xlsxTemplate(kind: ImportKind, locale: Locale, region: TemplateRegion | null, rows: ReadonlyArray<Record<string, CellValue>> = []): Promise<Uint8Array> {
  const t = importMessages[locale].template;
  const columns = templateColumns(kind, locale, region);
  const specs = columnsOf(kind);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = "Employment Roadmap portal";
  const data = workbook.addWorksheet(t.dataSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = columns.map((c, i) => ({
    header: c.label,
    key: c.key,
    width: Math.min(45, Math.max(14, c.label.length + 4)),
    style: TEXT_TYPES.has(specs[i]!.type) ? { numFmt: "@" } : specs[i]!.type === "date" ? { numFmt: "dd.mm.yyyy" } : {},
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  columns.forEach((c, i) => {
    const note = [c.required ? `${t.required}.` : "", c.help, c.format, c.allowed].filter(Boolean).join("\n");
    header.getCell(i + 1).note = note;
  });
  header.commit();
  for (const record of rows) data.addRow(record).commit();
  data.commit();

  const help = workbook.addWorksheet(t.helpSheet);
  help.columns = [
    { header: t.column, key: "label", width: 34 },
    { header: t.code, key: "key", width: 26 },
    { header: t.required, key: "required", width: 14 },
    { header: t.format, key: "format", width: 34 },
    { header: t.description, key: "help", width: 60 },
    { header: t.allowed, key: "allowed", width: 44 },
  ];
  const helpHeader = help.getRow(1);
  helpHeader.font = { bold: true };
  helpHeader.commit();
  const yes = importMessages[locale].values.boolean.yes;
  const no = importMessages[locale].values.boolean.no;
  for (const c of columns) {
    const row = help.addRow({ ...c, required: c.required ? yes : no });
    row.alignment = { wrapText: true, vertical: "top" };
    row.commit();
  }
  help.addRow([]).commit();
  const notes = help.addRow([t.notes]);
  notes.getCell(1).alignment = { wrapText: false };
  notes.commit();
  help.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** A CSV cell as the import reads it back: dates dd.mm.yyyy, the reader's decimal separator. */
function csvCell(spec: ColumnSpec, value: CellValue, locale: Locale): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatDay({ y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() });
  if (typeof value === "number") return (spec.type === "money" ? value.toFixed(2) : String(value)).replace(".", decimalSeparator(locale));
  return csvText(String(value));
}

/** The CSV template's header line (with the byte-order mark that makes Excel read UTF-8). */
export function csvHeader(kind: ImportKind, locale: Locale): string {
  return `\ufeff${columnsOf(kind).map((spec) => csvText(columnLabel(locale, kind, spec.key))).join(";")}\r\n`;
}

/** Data lines in the CSV template's format, for records keyed by column. */
export function csvLines(kind: ImportKind, locale: Locale, rows: ReadonlyArray<Record<string, CellValue>>): string {
  const specs = columnsOf(kind);
  return rows.map((record) => `${specs.map((spec) => csvCell(spec, record[spec.key] ?? null, locale)).join(";")}\r\n`).join("");
}

/** The CSV template (the header line); with `rows`, a file of data in that format. */
export function csvTemplate(kind: ImportKind, locale: Locale, rows: ReadonlyArray<Record<string, CellValue>> = []): Uint8Array {
  return new TextEncoder().encode(csvHeader(kind, locale) + csvLines(kind, locale, rows));
}
