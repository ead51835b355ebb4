// The portal's CSV downloads put an apostrophe before text a spreadsheet would run as a formula
// (csv.ts, OWASP "CSV injection"). The import reading a CSV back (lib/imports/source.ts) takes
// exactly that apostrophe off, so that an unchanged download imports as unchanged (a
// project named "=…" came back with the apostrophe, as one update). The export adds one to every
// text matching /^'*[=+\-@\t\r]/, so one comes off every cell matching /^'+[=+\-@\t\r]/:
// "'=x" → "=x", "''=x" → "'=x" (a text that really began with an apostrophe), "'abc" stays.
// XLSX downloads are not guarded (a text cell is never run as a formula): nothing comes off there.

const FORMULA_START = "=+-@\t\r";

/** Whether a spreadsheet would run the text (after any apostrophes) as a formula. */
export function startsLikeFormula(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  return i < text.length && FORMULA_START.includes(text[i]!);
}

/** The cell as it was before the export guarded it. */
export function withoutExportGuard(cell: string): string {
  return cell.startsWith("'") && startsLikeFormula(cell) ? cell.slice(1) : cell;
}
