// A CSV reader for what Excel, LibreOffice and 1C write (RFC 4180): fields separated by ";"
// (Excel with Russian regional settings), "," or a tab, optionally in double quotes, a quote
// inside a quoted field doubled (""), line breaks inside quoted fields kept. The separator is
// taken from the header line: the one that occurs most often there outside quotes.

export type Separator = ";" | "," | "\t";

/** The separator of the file, judged from its first line (outside quoted fields). */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (c === ";" || c === "," || c === "\t")) counts[c]++;
  }
  // Ties (e.g. a one-column header) go to ";", Excel's choice on Russian-language systems.
  return (Object.keys(counts) as Separator[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), ";");
}

/**
 * Records of the file with their 1-based number (the header is record 1), as Excel numbers
 * rows when no cell holds a line break. Completely empty lines are skipped but still counted.
 */
export function* csvRecords(text: string, separator: Separator = detectSeparator(text)): Generator<{ row: number; cells: string[] }> {
  const sep = separator.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  const length = text.length;
  let i = 0;
  let row = 0;
  while (i < length) {
    const cells: string[] = [];
    row++;
    // One record.
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the closing quote not followed by another quote.
        let start = i + 1;
        let parts = "";
        for (;;) {
          const close = text.indexOf('"', start);
          if (close === -1) {
            parts += text.slice(start);
            i = length;
            break;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += text.slice(start, close + 1);
            start = close + 2;
            continue;
          }
          parts += text.slice(start, close);
          i = close + 1;
          break;
        }
        // Anything between the closing quote and the separator is kept (lenient, as Excel is).
        let end = i;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === sep || c === LF || c === CR) break;
          end++;
        }
        value = parts + text.slice(i, end);
        i = end;
      } else {
        let end = i;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === sep || c === LF || c === CR) break;
          end++;
        }
        value = text.slice(i, end);
        i = end;
      }
      cells.push(value);
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        if (i >= length) {
          cells.push("");
          break;
        }
        continue;
      }
      // End of line: \r\n, \n or \r.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      break;
    }
    if (cells.length === 1 && cells[0] === "") continue;
    yield { row, cells };
  }
}
