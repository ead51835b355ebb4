// A table to export, independent of the format: headers already in the user's language, cells
// as numbers wherever the page shows numbers, so that an XLSX holds numbers, not text.

/**
 * integer: counts; money: tenge with tiyn; percent: a fraction (0.75 = 75 %), shown as a whole
 * percent; text: anything else.
 */
export type ColumnKind = "text" | "integer" | "money" | "percent";

export type ExportColumn = { header: string; kind: ColumnKind };

/** null: no value (e.g. no target): an empty cell, not a zero. */
export type ExportCell = string | number | null;

export type ExportTable = {
  /** Title: the sheet's name and the file's subject. */
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** [condition, value] pairs of the filter the table was read with, in the user's language. */
  filters: Array<[string, string]>;
  asOf: Date;
  /** Labels of the filters sheet. */
  labels: { filtersSheet: string; asOf: string; parameter: string; value: string; noFilter: string };
};
