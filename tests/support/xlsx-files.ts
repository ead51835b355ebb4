// Hand-made XLSX files for the import's tests: a ZIP written byte by byte, so that a test can
// build what no spreadsheet program would write — entries that declare one size and inflate to
// another, 51 sheets, two million shared strings, half a million blank rows, formula cells
// without a cached value.
import zlib from "node:zlib";

export type ZipEntry = {
  name: string;
  data: string | Uint8Array;
  /** The uncompressed size the archive declares, when it should lie about it. */
  declaredSize?: number;
};

/** A ZIP archive (deflate) with sizes in the local headers and in the central directory. */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const compressed = zlib.deflateRawSync(data);
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.declaredSize ?? data.length;
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An inline-string cell. */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

export type WorkbookParts = {
  /** The XML inside <sheetData> of the first sheet. */
  sheetData: string;
  /** Whole <si> elements of xl/sharedStrings.xml (none: no such part). */
  sharedStrings?: string;
  /** Sheets in the workbook (the first one holds sheetData, the others are empty). */
  sheets?: number;
  /** Entries to add or to declare with another size. */
  extra?: ZipEntry[];
  /** Declared size of the first sheet's part, when it should lie. */
  sheetDeclaredSize?: number;
  /** Put the shared strings after the sheet in the archive, as exceljs' streaming writer does. */
  sharedStringsLast?: boolean;
};

/** A minimal workbook: the parts a reader needs, in the order Excel writes them. */
export function workbook(parts: WorkbookParts): Uint8Array {
  const sheets = parts.sheets ?? 1;
  const ids = Array.from({ length: sheets }, (_, i) => i + 1);
  const shared = parts.sharedStrings !== undefined;
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    },
    { name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${MAIN} ${REL}><sheets>${ids.map((i) => `<sheet name="Sheet${i}" sheetId="${i}" r:id="rId${i}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">${ids.map((i) => `<Relationship Id="rId${i}" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("")}${shared ? `<Relationship Id="rId${sheets + 1}" Type="${OFFICE_RELS}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    },
  ];
  const sharedEntry: ZipEntry = { name: "xl/sharedStrings.xml", data: `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN}>${parts.sharedStrings ?? ""}</sst>` };
  if (shared && !parts.sharedStringsLast) entries.push(sharedEntry);
  for (const i of ids) {
    entries.push({
      name: `xl/worksheets/sheet${i}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN} ${REL}><sheetData>${i === 1 ? parts.sheetData : ""}</sheetData></worksheet>`,
      declaredSize: i === 1 ? parts.sheetDeclaredSize : undefined,
    });
  }
  if (shared && parts.sharedStringsLast) entries.push(sharedEntry);
  entries.push(...(parts.extra ?? []));
  return zip(entries);
}

/** A row of inline-string cells, columns A, B, C, … */
export function textRow(row: number, texts: readonly string[]): string {
  return `<row r="${row}">${texts.map((text, i) => textCell(`${String.fromCharCode(65 + i)}${row}`, text)).join("")}</row>`;
}
