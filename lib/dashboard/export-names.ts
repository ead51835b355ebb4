// The tables a dashboard page can export: every table, to CSV and XLSX.
export const exportTableNames = ["overview", "regions", "districts", "projects", "series", "categories", "workTypes", "sources", "lateReports"] as const;

export type ExportTableName = (typeof exportTableNames)[number];

export function isExportTableName(value: string): value is ExportTableName {
  return (exportTableNames as readonly string[]).includes(value);
}

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];
