// What every row validator shares: reading the row's cells by column type, collecting one error
// per offending cell with the value the user typed, so the error table can say "row 17,
// column Hiring date, value 31.02.2021: not a date".
import type { ColumnSpec } from "./columns";
import { type FieldValue, readField } from "./fields";
import { shown } from "./shown";
import { type CellValue, isBlank } from "./values";

export type RowError = {
  /** 1-based row of the sheet (the header is row 1); 0 for problems of the file as a whole. */
  row: number;
  /** Column key (lib/imports/columns.ts), or null for the whole row or file. */
  column: string | null;
  /** What the cell held, shortened; personal data stays inside the import job. */
  value: string;
  code: string;
  params?: Record<string, string | number>;
};

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

export { shown } from "./shown";

/** Reads every column of `specs`; blank optional cells become null, blank required ones errors. */
export function readColumns(
  row: number,
  specs: readonly ColumnSpec[],
  record: Record<string, CellValue>,
): { values: Record<string, FieldValue>; errors: RowError[] } {
  const values: Record<string, FieldValue> = {};
  const errors: RowError[] = [];
  for (const spec of specs) {
    const cell = record[spec.key] ?? null;
    if (isBlank(cell)) {
      values[spec.key] = null;
      if (spec.required) errors.push({ row, column: spec.key, value: "", code: "required" });
      continue;
    }
    const read = readField(spec, cell);
    if (read.ok) values[spec.key] = read.value;
    else {
      values[spec.key] = null;
      errors.push({ row, column: spec.key, value: shown(cell), code: read.code, params: read.params });
    }
  }
  return { values, errors };
}
