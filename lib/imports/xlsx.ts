// The rows of an XLSX's first sheet, read from the uploaded bytes in memory: no temporary file,
// every entry inflated within its declared size and the whole within MAX_XLSX_UNCOMPRESSED_MB
// (zip.ts), at most MAX_SHEETS sheets and MAX_SHARED_STRINGS shared strings (xlsx-parts.ts).
// A cell gives what Excel shows: a formula its cached result, rich text its plain text, a date
// style a Date. A formula without a cached result and an error value (#REF!) are not values: they
// are reported with the row (they used to be stored as "[object Object]" and "#REF!").
import type { InvalidCell, SheetRow } from "./sheet";
import { MAX_CELL_LENGTH, MAX_COLUMNS } from "./limits";
import type { CellValue } from "./values";
import { firstSheet } from "./xlsx-parts";
import { parseXml } from "./xml";
import { entryChunks, zipEntries } from "./zip";
import { FileProblemError } from "./file-problem";

type OpenCell = { column: number; type: string; style: number; formula: string | null; value: string | null };

/** "BC12" → 55 (1-based); 0 when the reference has no letters. */
export function columnOfReference(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
    if (column > 16_384) return 16_385; // beyond Excel's last column XFD
  }
  return column;
}

/** Excel serial day (with its time as a fraction) → the Date exceljs gave for it. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25_569 + (date1904 ? 1_462 : 0)) * 86_400_000));
}

export async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<SheetRow> {
  const pkg = { bytes, entries: zipEntries(bytes) };
  const sheet = await firstSheet(pkg);
  const entry = pkg.entries.get(sheet.path.toLowerCase());
  if (!entry) throw new FileProblemError({ code: "unreadableFile" });

  const ready: SheetRow[] = [];
  let row: SheetRow | null = null;
  let lastRow = 0;
  let cell: OpenCell | null = null;
  let lastColumn = 0;
  /** Which child of the cell text goes to: its formula, its value, or none (e.g. a phonetic guide). */
  let target: "formula" | "value" | null = null;
  let phonetic = 0;

  const append = (field: "formula" | "value", text: string) => {
    const current = cell![field] ?? "";
    if (current.length <= MAX_CELL_LENGTH) cell![field] = current + text;
  };

  function finishCell(open: OpenCell, into: SheetRow) {
    if (open.column < 1 || open.column > MAX_COLUMNS) return; // the portal reads no column that far right
    const index = open.column - 1;
    const invalid = (problem: InvalidCell) => (into.invalid ??= []).push(problem);
    let value: CellValue = null;
    if (open.type === "e") invalid({ index, code: "cellError", value: open.value ?? "", params: { error: open.value ?? "" } });
    else if (open.formula !== null && open.value === null) invalid({ index, code: "formulaWithoutValue", value: `=${open.formula}` });
    else if (open.value !== null) {
      const text = open.value;
      if (open.type === "s") {
        const shared = sheet.sharedStrings[Number(text)];
        if (shared === undefined) throw new FileProblemError({ code: "unreadableFile" });
        value = shared;
      } else if (open.type === "str" || open.type === "inlineStr" || open.type === "d") value = text;
      else if (open.type === "b") value = text.trim() !== "0";
      else if (text.trim() !== "") {
        const number = Number(text);
        if (!Number.isFinite(number)) value = text;
        else value = sheet.dateStyles[open.style] ? serialDate(number, sheet.date1904) : number;
      }
    }
    while (into.cells.length < index) into.cells.push(null);
    into.cells[index] = value;
  }

  const handlers = {
    open(name: string, attrs: Record<string, string>) {
      if (name === "row") {
        lastRow = Number(attrs.r) || lastRow + 1;
        row = { row: lastRow, cells: [] };
        lastColumn = 0;
      } else if (name === "c" && row) {
        const column = attrs.r ? columnOfReference(attrs.r) : lastColumn + 1;
        lastColumn = column;
        cell = { column, type: attrs.t ?? "n", style: Number(attrs.s ?? 0), formula: null, value: null };
      } else if (cell) {
        if (name === "f") {
          target = "formula";
          cell.formula ??= "";
        } else if (name === "v" || (name === "t" && phonetic === 0)) {
          target = "value";
          cell.value ??= "";
        } else if (name === "is") cell.value ??= "";
        else if (name === "rPh") phonetic++;
      }
    },
    text(text: string) {
      if (cell && target) append(target, text);
    },
    close(name: string) {
      if (name === "f" || name === "v" || name === "t") target = null;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && cell && row) {
        finishCell(cell, row);
        cell = null;
      } else if (name === "row" && row) {
        ready.push(row);
        row = null;
      }
    },
  };
  yield* parseXml(entryChunks(bytes, entry), handlers, () => ready.splice(0));
}
