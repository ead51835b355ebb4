// From rows of cells to records keyed by column: the first non-empty row is the header, read in
// any of the three languages or as column codes (lib/imports/vocabulary.ts). Columns the portal
// does not know are ignored (a "№" column, or a "youth" column: youth is computed, never read).
import type { ImportKind } from "@/generated/prisma/enums";
import { columnsOf } from "./columns";
import { type CellValue, cellText, isBlank } from "./values";
import { headerIndex, normaliseWord } from "./vocabulary";

export type SheetRow = { row: number; cells: CellValue[] };

export type FileProblem = { code: string; params?: Record<string, string | number> };

export type HeaderResult = { ok: true; columns: Array<string | null> } | { ok: false; problem: FileProblem };

export function mapHeader(kind: ImportKind, cells: readonly CellValue[]): HeaderResult {
  const index = headerIndex(kind);
  const columns: Array<string | null> = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = index.get(normaliseWord(cellText(cell))) ?? null;
    if (key && seen.has(key)) return { ok: false, problem: { code: "duplicateColumn", params: { column: cellText(cell) } } };
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

/** The cells of a data row under their column keys; absent cells are null. */
export function recordOf(columns: ReadonlyArray<string | null>, cells: readonly CellValue[]): Record<string, CellValue> {
  const record: Record<string, CellValue> = {};
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i];
    if (key) record[key] = cells[i] ?? null;
  }
  return record;
}
