import { describe, expect, it } from "vitest";
import { progressView } from "@/lib/imports/progress";

describe("import progress", () => {
  it("counts rows while the file is read", () => {
    expect(progressView({ status: "VALIDATING", processedRows: 5_000, totalRows: 200_000 })).toEqual({ message: "progressText", bar: { max: 200_000, value: 5_000 } });
  });

  it("says the rows are being checked, or written, once all are read, with a busy bar", () => {
    expect(progressView({ status: "VALIDATING", processedRows: 200_000, totalRows: 200_000 })).toEqual({ message: "progressChecking", bar: null });
    expect(progressView({ status: "COMMITTING", processedRows: 200_000, totalRows: 200_000 })).toEqual({ message: "progressWriting", bar: null });
  });

  it("counts rows without a total while an XLSX file's size is unknown", () => {
    expect(progressView({ status: "VALIDATING", processedRows: 10_000, totalRows: 0 })).toEqual({ message: "progressUnknown", bar: null });
  });
});
