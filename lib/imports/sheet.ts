// From rows of cells to records keyed by column: the first non-empty row is the header, read in
// any of the three languages or as column codes (lib/imports/vocabulary.ts). Columns the portal
// does not know are ignored (a "№" column, or a "youth" column: youth is computed, never read).
import type { ImportKind } from "@/generated/prisma/enums";
import { columnsOf } from "./columns";
import { type CellValue, cellText, isBlank } from "./values";
import { headerIndex, normaliseWord } from "./vocabulary";
import type { FileProblem } from "./file-problem";
import { shown } from "./shown";

/**
 * A cell that holds no value the portal can take (an XLSX formula without its cached result, an
 * error value such as #REF!): its row is refused naming the column, if the portal reads it.
 */
export type InvalidCell = { index: number; code: string; value: string; params?: Record<string, string | number> };

/** One row of the sheet as read; `cells[i]` is column i + 1, null where the cell is empty or invalid. */
export type SheetRow = { row: number; cells: CellValue[]; invalid?: InvalidCell[] };

export type { FileProblem } from "./file-problem";

export type HeaderResult = { ok: true; columns: Array<string | null> } | { ok: false; problem: FileProblem };

export function mapHeader(kind: ImportKind, cells: readonly CellValue[]): HeaderResult {
  const index = headerIndex(kind);
  const columns: Array<string | null> = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = index.get(normaliseWord(cellText(cell))) ?? null;
    if (key && seen.has(key)) return { ok: false, problem: { code: "duplicateColumn", params: { column: shown(cell) } } };
    if (key) seen.add(key);
    columns.push(key);
  }
  const missing = columnsOf(kind).filter((c) => c.required && !seen.has(c.key)).map((c) => c.key);
  // Column keys, turned into the reader's language when shown (components/imports).
  if (missing.length) return { ok: false, problem: { code: "missingColumns", params: { columns: missing.join(",") } } };
  return { ok: true, columns };
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every(isBlank);
}

/** "A", "B", … "AA": the column as Excel names it, for problems of the header row. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The cells of a data row under their column keys; absent cells are null. */
export function recordOf(columns: ReadonlyArray<string | null>, cells: readonly CellValue[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i];
    if (key) record[key] = cells[i] ?? null;
  }
  return record;
}
