// A cell's value as an error shows it: shortened, and without NUL bytes, which PostgreSQL refuses
// in text and in jsonb alike (the job's errors are jsonb), shown as "␀" instead.
import { type CellValue, cellText } from "./values";

const MAX_VALUE_SHOWN = 100;

export function shown(value: CellValue): string {
  const text = cellText(value);
  const short = text.length > MAX_VALUE_SHOWN ? `${text.slice(0, MAX_VALUE_SHOWN - 1)}…` : text;
  return short.replaceAll("\u0000", "\u2400");
}
