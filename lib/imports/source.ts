// The rows of an uploaded file, XLSX or CSV, as one stream of { row, cells }. XLSX is read with
// exceljs' streaming reader (a 200,000-row sheet is never held as a workbook object); only the
// first worksheet is read: the templates' second sheet holds the instructions.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvRecords } from "./csv";
import { decodeText } from "./decode";
import type { SheetRow } from "./sheet";
import type { CellValue } from "./values";

export type FileFormat = "xlsx" | "csv";

/** XLSX files are ZIP archives ("PK\x03\x04"); anything else is read as delimited text. */
export function formatOf(bytes: Uint8Array): FileFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? "xlsx" : "csv";
}

export function isAcceptedFileName(name: string): boolean {
  return /\.(xlsx|csv|txt)$/i.test(name);
}

export async function* sheetRows(bytes: Uint8Array): AsyncGenerator<SheetRow> {
  if (formatOf(bytes) === "csv") {
    yield* csvRecords(decodeText(bytes).text);
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "emit",
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      // exceljs rows are 1-based sparse arrays: values[1] is column A.
      const values = (row.values as unknown[]).slice(1);
      yield { row: row.number, cells: Array.from(values, cellOf) };
    }
    return;
  }
}

/** An exceljs cell value → text, number, boolean or Date (formulas give their cached result). */
function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((part) => part.text).join("");
    if ("result" in v) return cellOf(v.result);
    if (v.text !== undefined) return cellOf(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}
