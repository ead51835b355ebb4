// The checks every cell of a data row passes BEFORE any reader (and so any regex) sees it:
// not longer than MAX_CELL_LENGTH, no NUL byte (PostgreSQL refuses 0x00 in text),
// and a value at all (not an XLSX formula without its result, nor an error such as #REF!).
// Only the columns the portal reads are checked: the others are never read.
import { MAX_CELL_LENGTH } from "./limits";
import type { RowError } from "./rows";
import type { SheetRow } from "./sheet";
import { shown } from "./shown";
import type { CellValue } from "./values";

/** Why the cell cannot be read, or null. */
export function cellProblem(cell: CellValue): Pick<RowError, "code" | "params"> | null {
  if (typeof cell !== "string") return null;
  if (cell.length > MAX_CELL_LENGTH) return { code: "cellTooLong", params: { max: MAX_CELL_LENGTH } };
  if (cell.includes("\u0000")) return { code: "nulCharacter" };
  return null;
}

/** The errors of a data row's unreadable cells, one per column, in column order. */
export function unreadableCells(row: SheetRow, columns: ReadonlyArray<string | null>): RowError[] {
  const errors: RowError[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    if (!column) continue;
    const invalid = row.invalid?.find((cell) => cell.index === i);
    if (invalid) {
      errors.push({ row: row.row, column, value: shown(invalid.value), code: invalid.code, ...(invalid.params ? { params: invalid.params } : {}) });
      continue;
    }
    const cell = row.cells[i] ?? null;
    const problem = cellProblem(cell);
    if (problem) errors.push({ row: row.row, column, value: shown(cell), ...problem });
  }
  return errors;
}

/** The header row: a cell over the length limit refuses the file, naming its column. */
export function headerTooLong(cells: readonly CellValue[]): number {
  return cells.findIndex((cell) => typeof cell === "string" && cell.length > MAX_CELL_LENGTH);
}
