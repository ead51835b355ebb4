// Input of the import forms, shared by the browser (instant feedback) and the server actions.
// No server-only imports. Error codes are translated under "imports.errors".
import { z } from "zod";
import { IMPORT_KINDS } from "./columns";
export { fileProblem } from "./upload-check";

export const uploadSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { error: "invalidChoice" }),
});

export const jobIdSchema = z.coerce.number().int().positive();


/** A job as the pages show it (the file's bytes, while kept, stay in the database). */
export type ImportJobView = {
  id: number;
  kind: (typeof IMPORT_KINDS)[number];
  status: "VALIDATING" | "VALIDATED" | "COMMITTING" | "COMMITTED" | "FAILED" | "CANCELLED";
  fileName: string;
  fileSize: number;
  totalRows: number;
  processedRows: number;
  validRows: number;
  errorRows: number;
  errors: ImportErrorView[];
  dryRun: ImportCounts | null;
  committed: (Omit<ImportCounts, "create" | "update"> & { created: number; updated: number }) | null;
  failureCode: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** When the uploaded file was deleted (lib/imports/retention.ts); null while it is kept. */
  fileDeletedAt: Date | null;
  createdByName: string;
};

export type ImportCounts = { create: number; update: number; unchanged: number; workersCreated: number };

export type ImportErrorView = { row: number; column: string | null; value: string; code: string; params?: Record<string, string | number> };

/** What the progress poller receives. */
export type ImportProgress = Pick<ImportJobView, "status" | "processedRows" | "totalRows" | "errorRows">;

export const ACTIVE_STATUSES = ["VALIDATING", "COMMITTING"] as const;
export function isActive(status: ImportJobView["status"]): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(status);
}
