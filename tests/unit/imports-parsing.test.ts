// Reading uploaded files: encodings (UTF-8 with and without BOM, Windows-1251, UTF-16), CSV
// separators and quoting, and XLSX cells (dates, numbers, formulas, rich text).
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvRecords, detectSeparator } from "@/lib/imports/csv";
import { decodeText } from "@/lib/imports/decode";
import { estimateRows } from "@/lib/imports/read-file";
import { formatOf, sheetRows } from "@/lib/imports/source";

const records = (text: string) => [...csvRecords(text)];

async function allRows(bytes: Uint8Array) {
  const rows = [];
  for await (const row of sheetRows(bytes)) rows.push(row);
  return rows;
}

describe("decodeText", () => {
  const text = "ИИН;ФИО;Дата приёма\n950101300038;Жұмабаев Ерлан;05.03.2021\n";

  it("reads UTF-8 without a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
  });

  it("reads UTF-8 with a byte-order mark and drops the mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-8" });
  });

  it("reads Windows-1251 (Excel's CSV on a Russian-language Windows) when the bytes are not UTF-8", () => {
    const russian = "ИИН;ФИО;Дата приёма\n950101300038;Иванов Пётр;05.03.2021\n";
    const bytes = new Uint8Array(iconv.encode(russian, "win1251"));
    expect(decodeText(bytes)).toEqual({ text: russian, encoding: "windows-1251" });
  });

  it("reads UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf16le")]);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le" });
  });
});

describe("CSV", () => {
  it("takes the separator from the header line", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2;3")).toBe(",");
    expect(detectSeparator("a\tb\n1\t2")).toBe("\t");
    expect(detectSeparator('"a;b",c,d\n')).toBe(",");
    expect(detectSeparator("single\n1")).toBe(";");
  });

  it("reads quoted fields with separators, doubled quotes and line breaks inside", () => {
    const text = 'name;note;n\r\n"ТОО ""Құрылыс""";"a;b";1\r\n"two\r\nlines";x;2\n';
    expect(records(text)).toEqual([
      { row: 1, cells: ["name", "note", "n"] },
      { row: 2, cells: ['ТОО "Құрылыс"', "a;b", "1"] },
      { row: 3, cells: ["two\r\nlines", "x", "2"] },
    ]);
  });

  it("reads comma-separated files with decimal points in quotes", () => {
    expect(records('a,b\n"1,5",2\n')).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1,5", "2"] },
    ]);
  });

  it("skips empty lines but keeps counting rows as Excel does, and keeps empty trailing cells", () => {
    expect(records("a;b\n\n1;\n2;3")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", ""] },
      { row: 4, cells: ["2", "3"] },
    ]);
  });

  it("treats bare CR as a line end and tolerates an unclosed quote at the end", () => {
    expect(records('a;b\r1;"x')).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "x"] },
    ]);
  });

  it("estimates data rows of a CSV for the progress bar", () => {
    expect(estimateRows(new TextEncoder().encode("h\n1\n2\n"))).toBe(2);
    expect(estimateRows(new TextEncoder().encode("h\n1\n2"))).toBe(2);
  });
});

describe("XLSX", () => {
  it("recognises an XLSX by its ZIP signature, anything else as CSV", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRow(["a"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(formatOf(bytes)).toBe("xlsx");
    expect(formatOf(new TextEncoder().encode("a;b"))).toBe("csv");
  });

  it("reads the first sheet's cells as text, numbers, Dates and formula results", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(["ИИН", "Дата приёма", "Сумма", "Примечание"]);
    sheet.addRow([950101300038, new Date(Date.UTC(2021, 2, 5)), { formula: "1+1", result: 2 }, { richText: [{ text: "жарты " }, { text: "күн" }] }]);
    sheet.addRow([]);
    sheet.addRow(["x", 44197, null, "ok"]);
    workbook.addWorksheet("Help").addRow(["not read"]);
    const rows = await allRows(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4]);
    expect(rows[1]!.cells).toEqual([950101300038, new Date(Date.UTC(2021, 2, 5)), 2, "жарты күн"]);
    expect(rows[2]!.cells).toEqual(["x", 44197, null, "ok"]);
  });

  // exceljs' streaming reader decoded each inflated chunk on its own, so a Cyrillic or Kazakh
  // letter split between two chunks came out as "��" (about one row in a thousand of a large
  // sheet: exceljs issues #2063, #2316). patches/exceljs+4.4.0.patch decodes across chunks.
  it.each([
    ["shared strings, as Excel writes them", true],
    ["inline strings", false],
  ])("reads every letter of a large sheet exactly (%s)", async (_, useSharedStrings) => {
    const names = Array.from({ length: 12_000 }, (_, i) => `Жұмабаев Ерлан Серікұлы ${i}`);
    const { PassThrough } = await import("node:stream");
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings });
    const sheet = workbook.addWorksheet("Data");
    for (const name of names) sheet.addRow([name, "Разнорабочий"]).commit();
    sheet.commit();
    await workbook.commit();
    const rows = await allRows(new Uint8Array(Buffer.concat(chunks)));
    const wrong = rows.filter((r, i) => r.cells[0] !== names[i] || r.cells[1] !== "Разнорабочий");
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(rows).toHaveLength(names.length);
  });
});
