// Reads a whole uploaded file through one row validator: header first, then every data row,
// reporting progress every few thousand rows and yielding to the event loop meanwhile, so that
// the server keeps answering (and its worker keeps answering the queue) during a 200,000-row file.
// Every cell a row validator reads was first checked by cell-guard.ts (length, NUL, a value).
import type { ImportKind } from "@/generated/prisma/enums";
import { headerTooLong, unreadableCells } from "./cell-guard";
import { FileProblemError } from "./file-problem";
import { MAX_CELL_LENGTH, MAX_ROWS, PROGRESS_EVERY_ROWS } from "./limits";
import type { RowError, RowResult } from "./rows";
import { columnLetter, type FileProblem, isBlankRow, mapHeader, recordOf } from "./sheet";
import { formatOf, sheetRows } from "./source";
import type { CellValue } from "./values";

export type ReadOutcome<T> =
  | { ok: true; totalRows: number; rows: T[]; errors: RowError[] }
  | { ok: false; problem: FileProblem };

/** Data rows of a CSV file, counted by line breaks (an estimate when cells hold line breaks); null for XLSX. */
export function estimateRows(bytes: Uint8Array): number | null {
  if (formatOf(bytes) !== "csv") return null;
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  if (bytes.length && bytes[bytes.length - 1] !== 10) lines++;
  return Math.max(0, lines - 1);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function readRows<T>(
  bytes: Uint8Array,
  kind: ImportKind,
  validate: (row: number, record: Record<string, CellValue>) => RowResult<T>,
  onProgress: (processedRows: number) => Promise<void>,
): Promise<ReadOutcome<T>> {
  let columns: Array<string | null> | null = null;
  // Rows read so far, blank ones included (they cost as much to read as any other),
  // and how many of them came before the data.
  let seen = 0;
  let headerSeen = 0;
  let totalRows = 0;
  const rows: T[] = [];
  const errors: RowError[] = [];
  const tooManyRows = { ok: false as const, problem: { code: "tooManyRows", params: { max: MAX_ROWS } } };
  try {
    for await (const sheetRow of sheetRows(bytes)) {
      const { row, cells } = sheetRow;
      seen++;
      if (seen % PROGRESS_EVERY_ROWS === 0) {
        await onProgress(totalRows);
        await yieldToEventLoop();
      }
      if (!columns) {
        if (seen > MAX_ROWS) return tooManyRows;
        if (isBlankRow(cells)) continue;
        // Measured before the header's words are normalised (by regexes) and looked up.
        const long = headerTooLong(cells);
        if (long !== -1) return { ok: false, problem: { code: "headerTooLong", params: { column: columnLetter(long), max: MAX_CELL_LENGTH } } };
        const header = mapHeader(kind, cells);
        if (!header.ok) return { ok: false, problem: header.problem };
        columns = header.columns;
        headerSeen = seen;
        continue;
      }
      if (seen - headerSeen > MAX_ROWS) return tooManyRows;
      const unreadable = unreadableCells(sheetRow, columns);
      if (unreadable.length === 0 && isBlankRow(cells)) continue;
      totalRows++;
      if (unreadable.length) {
        errors.push(...unreadable);
        continue;
      }
      const result = validate(row, recordOf(columns, cells));
      if (result.ok) rows.push(result.value);
      else errors.push(...result.errors);
    }
  } catch (error) {
    if (error instanceof FileProblemError) return { ok: false, problem: error.problem };
    // A damaged archive, or a file that only looks like XLSX.
    console.error("Import file unreadable:", error instanceof Error ? error.message : error);
    return { ok: false, problem: { code: "unreadableFile" } };
  }
  if (totalRows === 0) return { ok: false, problem: { code: "fileEmpty" } };
  await onProgress(totalRows);
  return { ok: true, totalRows, rows, errors };
}
