// Limits of the spreadsheet import, in one place (the page, the action and the runner read them).

/** Largest accepted upload. A 200,000-row placements CSV is about 20 MB. */
export const MAX_FILE_MB = 50;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/**
 * More rows than this after the header are refused: the file should be split. Blank rows count
 * too: reading half a million of them costs as much as reading half a million rows.
 */
export const MAX_ROWS = 500_000;

/**
 * Longest cell, checked before any other reading of the cell (no regex ever sees a longer one):
 * the longest text the portal keeps is a project's name, 500 characters.
 */
export const MAX_CELL_LENGTH = 1_000;

/**
 * Sum of an XLSX's entries uncompressed, checked before inflating anything and held to while
 * inflating: a 312 KB file inflated to 209 MB. Half a million placement rows as
 * Excel writes them take about 250 MB.
 */
export const MAX_XLSX_UNCOMPRESSED_MB = 300;
export const MAX_XLSX_UNCOMPRESSED_BYTES = MAX_XLSX_UNCOMPRESSED_MB * 1024 * 1024;

/** Sheets of a workbook (only the first is read; the templates have two). */
export const MAX_SHEETS = 50;

/** Distinct texts of a workbook (kept in memory while its sheet is read): four per row at most rows. */
export const MAX_SHARED_STRINGS = 2_000_000;

/** Columns read from a row; cells further right are ignored (the widest file has 28 columns). */
export const MAX_COLUMNS = 256;

/** Errors kept in ImportJob.errors (all rows with errors are still counted in errorRows). */
export const MAX_STORED_ERRORS = 1_000;

/** Progress (processedRows) is written every this many rows. */
export const PROGRESS_EVERY_ROWS = 5_000;

/**
 * Rows a dry run kept for the commit (ImportCheckedRows) are used for this long: a dry run nobody
 * confirms within a working day is checked again in full if confirmed later, and the sweep
 * (retention.ts) deletes older ones.
 */
export const CHECKED_ROWS_KEEP_HOURS = 24;
