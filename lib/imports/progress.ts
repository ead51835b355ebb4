// What the progress of a running import says (components/imports/JobProgress.tsx). The runner
// counts rows as it reads the file; once every row is read, the rest of the work is in the
// database (the checks, or the commit's one transaction), which reports no progress: the page
// then says which of the two is running and shows the bar as busy rather than full.
import type { ImportProgress } from "./schema";

export type ProgressView = {
  message: "progressText" | "progressUnknown" | "progressChecking" | "progressWriting";
  /** A bar that fills, or null for a busy (indeterminate) one. */
  bar: { max: number; value: number } | null;
};

export function progressView({ status, processedRows, totalRows }: Pick<ImportProgress, "status" | "processedRows" | "totalRows">): ProgressView {
  if (totalRows <= 0) return { message: "progressUnknown", bar: null };
  if (processedRows >= totalRows) return { message: status === "COMMITTING" ? "progressWriting" : "progressChecking", bar: null };
  return { message: "progressText", bar: { max: totalRows, value: processedRows } };
}
