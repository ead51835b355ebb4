// What an XLSX's first sheet needs from the rest of the package (ECMA-376 part 1): where the
// workbook and its first sheet are, the 1904 date system, which cell styles are dates, and the
// shared strings — read in that order from the archive in memory, whatever order the producer
// wrote them in (exceljs' streaming writer puts sheets first, which sent its reader to temporary
// files). The number of sheets and of shared strings is bounded (lib/imports/limits.ts).
import { FileProblemError } from "./file-problem";
import { MAX_CELL_LENGTH, MAX_SHARED_STRINGS, MAX_SHEETS } from "./limits";
import { attribute, readXml } from "./xml";
import { entryChunks, type ZipEntry } from "./zip";

export type Package = { bytes: Uint8Array; entries: Map<string, ZipEntry> };

export type FirstSheet = { path: string; date1904: boolean; dateStyles: boolean[]; sharedStrings: string[] };

const unreadable = () => new FileProblemError({ code: "unreadableFile" });

function part(pkg: Package, path: string): AsyncIterable<Buffer> | null {
  const entry = pkg.entries.get(path.toLowerCase());
  return entry ? entryChunks(pkg.bytes, entry) : null;
}

/** "worksheets/sheet1.xml" from "xl/_rels/workbook.xml.rels" → "xl/worksheets/sheet1.xml". */
function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/** Relationships of a part: id → { type, path }. */
async function relationships(pkg: Package, of: string): Promise<Map<string, { type: string; path: string }>> {
  const slash = of.lastIndexOf("/");
  const relsPath = `${of.slice(0, slash + 1)}_rels/${of.slice(slash + 1)}.rels`;
  const rels = new Map<string, { type: string; path: string }>();
  const chunks = part(pkg, relsPath);
  if (!chunks) return rels;
  await readXml(chunks, {
    open(name, attrs) {
      if (name === "Relationship" && attrs.Id && attrs.Target && attrs.TargetMode !== "External") {
        rels.set(attrs.Id, { type: attrs.Type ?? "", path: resolve(of, attrs.Target) });
      }
    },
  });
  return rels;
}

const ofType = (rels: Map<string, { type: string; path: string }>, type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.path;

export async function firstSheet(pkg: Package): Promise<FirstSheet> {
  const workbookPath = ofType(await relationships(pkg, ""), "officeDocument") ?? "xl/workbook.xml";
  const workbook = part(pkg, workbookPath);
  if (!workbook) throw unreadable();
  let sheets = 0;
  let firstId: string | undefined;
  let date1904 = false;
  await readXml(workbook, {
    open(name, attrs) {
      if (name === "workbookPr") date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
      if (name !== "sheet") return;
      if (++sheets > MAX_SHEETS) throw new FileProblemError({ code: "tooManySheets", params: { max: MAX_SHEETS } });
      firstId ??= attribute(attrs, "id", true);
    },
  });
  const rels = await relationships(pkg, workbookPath);
  const path = firstId ? rels.get(firstId)?.path : undefined;
  if (!path) throw new FileProblemError({ code: "fileEmpty" });
  const stylesPath = ofType(rels, "styles");
  const stringsPath = ofType(rels, "sharedStrings");
  return {
    path,
    date1904,
    dateStyles: stylesPath ? await dateStyles(pkg, stylesPath) : [],
    sharedStrings: stringsPath ? await sharedStrings(pkg, stringsPath) : [],
  };
}

/** Built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30, and the East Asian ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quoted text, [brackets] and escapes, it has d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') i = code.indexOf('"', i + 1) === -1 ? code.length : code.indexOf('"', i + 1);
    else if (c === "[") i = code.indexOf("]", i + 1) === -1 ? code.length : code.indexOf("]", i + 1);
    else if (c === "\\" || c === "_" || c === "*") i++;
    else if ("dmyhsDMYHS".includes(c)) return true;
  }
  return false;
}

/** For each cell style (cellXfs, by index): whether its number format is a date. */
async function dateStyles(pkg: Package, path: string): Promise<boolean[]> {
  const chunks = part(pkg, path);
  if (!chunks) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await readXml(chunks, {
    open(name, attrs) {
      if (name === "numFmt") custom.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/**
 * The shared strings as plain text: rich-text runs joined, phonetic guides (rPh) left out. A text
 * longer than a cell may be is cut just past MAX_CELL_LENGTH: the row check refuses it anyway.
 */
async function sharedStrings(pkg: Package, path: string): Promise<string[]> {
  const chunks = part(pkg, path);
  if (!chunks) return [];
  const strings: string[] = [];
  let text: string | null = null;
  let inText = false;
  let phonetic = 0;
  await readXml(chunks, {
    open(name) {
      if (name === "si") {
        if (strings.length >= MAX_SHARED_STRINGS) throw new FileProblemError({ code: "tooManySharedStrings", params: { max: MAX_SHARED_STRINGS } });
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t") inText = true;
    },
    text(value) {
      if (inText && phonetic === 0 && text !== null && text.length <= MAX_CELL_LENGTH) text += value;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && text !== null) {
        strings.push(text);
        text = null;
      }
    },
  });
  return strings;
}
