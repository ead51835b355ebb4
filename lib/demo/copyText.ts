// PostgreSQL COPY text format: columns separated by tabs, rows by newlines, NULL as \N, and
// backslash, tab, newline and carriage return escaped with a backslash (PostgreSQL docs,
// "COPY — Text Format"). Project titles and names are free text, so escaping is not optional.

export type CopyValue = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`cannot COPY ${value}`);
    return String(value);
  }
  return value.replace(SPECIAL, (c) => ESCAPES[c]!);
}

export function copyLine(values: readonly CopyValue[]): string {
  return values.map(copyField).join("\t") + "\n";
}

/** Groups lines into chunks of about `size` characters, so the stream is not called per row. */
export function* chunked(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = "";
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
