import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/exports/csv";
import type { ExportTable } from "@/lib/exports/table";
import { sheetName, toXlsx } from "@/lib/exports/xlsx";

const table: ExportTable = {
  title: "Показатели регионов",
  columns: [
    { header: "Регион", kind: "text" },
    { header: "Трудоустроено", kind: "integer" },
    { header: "Трудоустроено, % плана", kind: "percent" },
    { header: "Выделено, ₸", kind: "money" },
  ],
  rows: [
    ["Акмолинская область", 12_345, 0.75, 1_234_567.5],
    ['Город "Астана"; столица', 0, null, 0],
    ["=HYPERLINK(\"x\")", 7, 1.02, 10],
  ],
  filters: [["Год программы", "2020"]],
  asOf: new Date("2021-06-01T04:00:00Z"),
  labels: { filtersSheet: "Условия отбора", asOf: "Данные на", parameter: "Условие", value: "Значение", noFilter: "Без отбора" },
};

describe("toCsv", () => {
  const csv = toCsv(table, "ru");
  it("starts with a BOM and separates by semicolons with CRLF line ends", () => {
    expect(csv.startsWith("\uFEFFРегион;Трудоустроено;")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
  });
  it("writes numbers as plain digits with the user's decimal separator", () => {
    expect(csv).toContain("\r\nАкмолинская область;12345;75;1234567,50\r\n");
    expect(toCsv(table, "en")).toContain(";12345;75;1234567.50");
  });
  it("quotes separators and quotes, and leaves a missing value empty", () => {
    expect(csv).toContain('\r\n"Город ""Астана""; столица";0;;0,00\r\n');
  });
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csv).toContain(`\r\n"'=HYPERLINK(""x"")";7;102;10,00\r\n`);
  });
});

describe("toXlsx", () => {
  it("stores figures as numbers with thousands-separator formats, and the filter on a second sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Показатели регионов");
    expect(sheet.getRow(1).values).toEqual([undefined, "Регион", "Трудоустроено", "Трудоустроено, % плана", "Выделено, ₸"]);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(12_345);
    expect(row.getCell(2).numFmt).toBe("#,##0");
    expect(row.getCell(3).value).toBe(0.75);
    expect(row.getCell(3).numFmt).toBe("0%");
    expect(row.getCell(4).value).toBe(1_234_567.5);
    expect(row.getCell(4).numFmt).toBe("#,##0.00");
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getRow(4).getCell(1).value).toBe('=HYPERLINK("x")');
    const about = workbook.worksheets[1]!;
    expect(about.name).toBe("Условия отбора");
    expect(about.getRow(3).values).toEqual([undefined, "Год программы", "2020"]);
  });

  it("makes a valid sheet name of any title", () => {
    expect(sheetName("Проекты: район [А/Б]?")).toBe("Проекты  район  А Б");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
  });
});
