// XLSX cells that are not plain values. A formula gives its cached result; a formula
// without one, or an error value (#REF!, #DIV/0!), refuses its row naming the column — they were
// stored as "[object Object]" and "#REF!". Rich text and hyperlink cells give their plain text.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readRows } from "@/lib/imports/read-file";
import type { RowResult } from "@/lib/imports/rows";
import type { CellValue } from "@/lib/imports/values";
import { textCell, textRow, workbook } from "../support/xlsx-files";

const HEADER = ["ИИН", "ФИО", "Код проекта", "Дата приёма", "Должность"];
const keep = (_row: number, record: Record<string, CellValue>): RowResult<Record<string, CellValue>> => ({ ok: true, value: record });
const read = (bytes: Uint8Array) => readRows(bytes, "PLACEMENTS", keep, async () => {});

async function written(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data");
  sheet.addRow(HEADER);
  fill(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("XLSX cells", () => {
  it("give a formula's cached result, a rich text's and a hyperlink's plain text", async () => {
    const bytes = await written((sheet) => {
      sheet.addRow([
        { formula: "TEXT(950101300038,\"0\")", result: "950101300038" },
        { richText: [{ text: "Жұмабаев " }, { font: { bold: true }, text: "Ерлан" }] },
        { text: "AKM-001", hyperlink: "https://example.org/AKM-001" },
        { formula: "\"01.02.2022\"", result: "01.02.2022" },
        { sharedFormula: "A2", result: "Маляр" } as unknown as ExcelJS.CellValue,
      ]);
    });
    const outcome = await read(bytes);
    expect(outcome).toMatchObject({ ok: true, errors: [] });
    if (!outcome.ok) return;
    expect(outcome.rows).toEqual([
      { iin: "950101300038", fullName: "Жұмабаев Ерлан", projectCode: "AKM-001", hiredAt: "01.02.2022", position: "Маляр" },
    ]);
  });

  it("refuse the row of a formula without a cached value or of an error value, naming the column", async () => {
    const bytes = await written((sheet) => {
      sheet.addRow(["950101300038", { formula: "B1&\"x\"" }, "AKM-001", "01.02.2022", "Маляр"]);
      sheet.addRow(["950101300038", "Ерлан", { error: "#REF!" }, "01.02.2022", "Маляр"]);
      sheet.addRow(["950101300038", "Ерлан", "AKM-001", { formula: "1/0", result: { error: "#DIV/0!" } }, "Маляр"]);
      sheet.addRow(["950101300038", "Ерлан", "AKM-001", "01.02.2022", "Маляр"]);
    });
    const outcome = await read(bytes);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rows).toHaveLength(1);
    expect(outcome.errors).toEqual([
      { row: 2, column: "fullName", value: '=B1&"x"', code: "formulaWithoutValue" },
      { row: 3, column: "projectCode", value: "#REF!", code: "cellError", params: { error: "#REF!" } },
      { row: 4, column: "hiredAt", value: "#DIV/0!", code: "cellError", params: { error: "#DIV/0!" } },
    ]);
  });

  it("read inline rich text in full, and ignore phonetic runs", async () => {
    const rich = '<c r="B2" t="inlineStr"><is><r><t>Жұмабаев </t></r><r><rPr><b/></rPr><t>Ерлан</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>';
    const bytes = workbook({ sheetData: textRow(1, HEADER) + `<row r="2">${textCell("A2", "950101300038")}${rich}${textCell("C2", "AKM-001")}</row>` });
    const outcome = await read(bytes);
    expect(outcome.ok && outcome.rows[0]).toMatchObject({ fullName: "Жұмабаев Ерлан" });
  });

  it("ignore an error in a column the portal does not read", async () => {
    const bytes = await written((sheet) => {
      sheet.getRow(1).getCell(6).value = "Примечание";
      sheet.addRow(["950101300038", "Ерлан", "AKM-001", "01.02.2022", "Маляр", { error: "#N/A" }]);
    });
    expect(await read(bytes)).toMatchObject({ ok: true, errors: [], totalRows: 1 });
  });
});
