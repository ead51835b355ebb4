// The rows of an uploaded file, XLSX or CSV, as one stream of { row, cells }. XLSX is read from
// the bytes in memory, within limits.ts and without temporary files (xlsx.ts); only
// the first worksheet is read: the templates' second sheet holds the instructions. A CSV is
// decoded only when its encoding is recognised (decode.ts).
import { csvRecords } from "./csv";
import { decodeText } from "./decode";
import { withoutExportGuard } from "@/lib/exports/formula-guard";
import { FileProblemError } from "./file-problem";
import type { SheetRow } from "./sheet";
import { xlsxRows } from "./xlsx";

export type FileFormat = "xlsx" | "csv";

/** XLSX files are ZIP archives ("PK\x03\x04"); anything else is read as delimited text. */
export function formatOf(bytes: Uint8Array): FileFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? "xlsx" : "csv";
}

export async function* sheetRows(bytes: Uint8Array): AsyncGenerator<SheetRow> {
  if (formatOf(bytes) === "xlsx") {
    yield* xlsxRows(bytes);
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded) throw new FileProblemError({ code: "unrecognisedEncoding" });
  for (const { row, cells } of csvRecords(decoded.text)) yield { row, cells: cells.map(withoutExportGuard) };
}
