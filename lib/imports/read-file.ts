// Reads a whole uploaded file through one row validator: header first, then every data row,
// reporting progress every few thousand rows and yielding to the event loop meanwhile, so that
// the server keeps answering (and its heartbeat timer keeps firing) during a 200,000-row file.
import type { ImportKind } from "@/generated/prisma/enums";
import { MAX_ROWS, PROGRESS_EVERY_ROWS } from "./limits";
import type { RowError, RowResult } from "./rows";
import { type FileProblem, isBlankRow, mapHeader, recordOf } from "./sheet";
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
  let totalRows = 0;
  const rows: T[] = [];
  const errors: RowError[] = [];
  try {
    for await (const { row, cells } of sheetRows(bytes)) {
      if (isBlankRow(cells)) continue;
      if (!columns) {
        const header = mapHeader(kind, cells);
        if (!header.ok) return { ok: false, problem: header.problem };
        columns = header.columns;
        continue;
      }
      totalRows++;
      if (totalRows > MAX_ROWS) return { ok: false, problem: { code: "tooManyRows", params: { max: MAX_ROWS } } };
      const result = validate(row, recordOf(columns, cells));
      if (result.ok) rows.push(result.value);
      else errors.push(...result.errors);
      if (totalRows % PROGRESS_EVERY_ROWS === 0) {
        await onProgress(totalRows);
        await yieldToEventLoop();
      }
    }
  } catch (error) {
    // exceljs throws on a damaged archive or a file that only looks like XLSX.
    console.error("Import file unreadable:", error instanceof Error ? error.message : error);
    return { ok: false, problem: { code: "unreadableFile" } };
  }
  if (totalRows === 0) return { ok: false, problem: { code: "fileEmpty" } };
  await onProgress(totalRows);
  return { ok: true, totalRows, rows, errors };
}
