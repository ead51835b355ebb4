// An XLSX is bounded before and while it is inflated — the sum of its entries'
// uncompressed sizes (checked before inflating anything, and held to while inflating, so an
// entry that lies about its size is caught), the number of sheets and of shared strings, and the
// rows after the header, blank rows included. Reading leaves no temporary file behind: today's
// files hold IINs and names in plain text.
import fs from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { MAX_ROWS, MAX_SHARED_STRINGS, MAX_SHEETS, MAX_XLSX_UNCOMPRESSED_MB } from "@/lib/imports/limits";
import { readRows } from "@/lib/imports/read-file";
import type { RowResult } from "@/lib/imports/rows";
import { xlsxTemplate } from "@/lib/imports/templates";
import type { CellValue } from "@/lib/imports/values";
import { textRow, workbook } from "../support/xlsx-files";

const HEADER = ["ИИН", "ФИО", "Код проекта", "Дата приёма"];
const DATA = ["950101300038", "Ерлан Жұмабаев", "AKM-001", "01.02.2022"];
const keep = (_row: number, record: Record<string, CellValue>): RowResult<Record<string, CellValue>> => ({ ok: true, value: record });
const read = (bytes: Uint8Array) => readRows(bytes, "PLACEMENTS", keep, async () => {});

describe("XLSX limits", () => {
  it("reads a small workbook within every limit", async () => {
    const outcome = await read(workbook({ sheetData: textRow(1, HEADER) + textRow(2, DATA), sheets: MAX_SHEETS, sharedStrings: "<si><t>x</t></si>" }));
    expect(outcome).toMatchObject({ ok: true, totalRows: 1, errors: [] });
  });

  it("refuses entries that declare more than the limit uncompressed, before inflating them", async () => {
    const bytes = workbook({
      sheetData: textRow(1, HEADER) + textRow(2, DATA),
      extra: [{ name: "xl/media/image1.png", data: "tiny", declaredSize: MAX_XLSX_UNCOMPRESSED_MB * 1024 * 1024 }],
    });
    expect(await read(bytes)).toEqual({ ok: false, problem: { code: "xlsxTooLarge", params: { maxMb: MAX_XLSX_UNCOMPRESSED_MB } } });
  });

  it("refuses a sheet that inflates to more than it declared", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => textRow(i + 2, DATA)).join("");
    const bytes = workbook({ sheetData: textRow(1, HEADER) + rows, sheetDeclaredSize: 1_000 });
    expect(await read(bytes)).toEqual({ ok: false, problem: { code: "xlsxTooLarge", params: { maxMb: MAX_XLSX_UNCOMPRESSED_MB } } });
  });

  it("refuses more sheets than the limit", async () => {
    const bytes = workbook({ sheetData: textRow(1, HEADER) + textRow(2, DATA), sheets: MAX_SHEETS + 1 });
    expect(await read(bytes)).toEqual({ ok: false, problem: { code: "tooManySheets", params: { max: MAX_SHEETS } } });
  });

  it("refuses more shared strings than the limit, even when they come after the sheet", async () => {
    const bytes = workbook({ sheetData: textRow(1, HEADER) + textRow(2, DATA), sharedStrings: "<si><t/></si>".repeat(MAX_SHARED_STRINGS + 1), sharedStringsLast: true });
    expect(await read(bytes)).toEqual({ ok: false, problem: { code: "tooManySharedStrings", params: { max: MAX_SHARED_STRINGS } } });
  });

  it("counts blank rows toward the row limit", async () => {
    const blank = Array.from({ length: MAX_ROWS }, (_, i) => `<row r="${i + 2}"/>`).join("");
    const bytes = workbook({ sheetData: textRow(1, HEADER) + blank + textRow(MAX_ROWS + 2, DATA) });
    expect(await read(bytes)).toEqual({ ok: false, problem: { code: "tooManyRows", params: { max: MAX_ROWS } } });
  });

  it("counts blank lines of a CSV toward the row limit", async () => {
    const text = `${HEADER.join(";")}\r\n${";;;\r\n".repeat(MAX_ROWS)}${DATA.join(";")}\r\n`;
    expect(await read(new TextEncoder().encode(text))).toEqual({ ok: false, problem: { code: "tooManyRows", params: { max: MAX_ROWS } } });
  });
});

describe("temporary files", () => {
  const tmpFiles = () => new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("tmp-")));

  it("are not left behind by reading an XLSX whose sheet comes before its shared strings", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ iin: "950101300038", fullName: `Жұмабаев Ерлан ${i}`, projectCode: "AKM-001", hiredAt: new Date(Date.UTC(2022, 1, 1)) }));
    // The registry's and the templates' writer (exceljs' streaming writer) puts sheets first.
    const bytes = await xlsxTemplate("PLACEMENTS", "ru", null, rows);
    const before = tmpFiles();
    const outcome = await read(bytes);
    expect(outcome).toMatchObject({ ok: true, totalRows: 50, errors: [] });
    const left = [...tmpFiles()].filter((name) => !before.has(name));
    expect(left).toEqual([]);
  });
});
