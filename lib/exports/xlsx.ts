// XLSX with exceljs: every figure a number cell with a number format (thousands separators as
// the user's Excel shows them), a frozen bold header, and a second sheet with the filter the
// figures were read with, so that a file forwarded by e-mail still says what it holds.
import ExcelJS from "exceljs";
import type { ColumnKind, ExportTable } from "./table";

const NUMBER_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  money: "#,##0.00",
  percent: "0%",
};

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet1";
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Employment Roadmap portal";
  workbook.created = table.asOf;
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.min(60, Math.max(12, column.header.length + 2)),
    style: NUMBER_FORMAT[column.kind] ? { numFmt: NUMBER_FORMAT[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell) => (cell === null || (typeof cell === "number" && !Number.isFinite(cell)) ? null : cell)));
  }
  table.columns.forEach((column, i) => {
    if (column.kind !== "text") return;
    const longest = Math.max(column.header.length, ...table.rows.map((row) => String(row[i] ?? "").length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, longest + 2));
  });

  const about = workbook.addWorksheet(sheetName(table.labels.filtersSheet));
  about.columns = [
    { header: table.labels.parameter, width: 32 },
    { header: table.labels.value, width: 48 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow([table.labels.asOf, table.asOf]).getCell(2).numFmt = "dd.mm.yyyy hh:mm";
  if (table.filters.length === 0) about.addRow([table.labels.noFilter, ""]);
  for (const [name, value] of table.filters) about.addRow([name, value]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
