// IMPORT_FILE_RETENTION_DAYS: a whole number of days from 1 to 365, default 7; a bad
// value never keeps files longer than the default.
import { describe, expect, it } from "vitest";
import { DEFAULT_FILE_RETENTION_DAYS, fileKeptUntil, parseRetentionDays } from "@/lib/imports/retention";

describe("import file retention", () => {
  it("defaults to 7 days when unset or empty", () => {
    expect(DEFAULT_FILE_RETENTION_DAYS).toBe(7);
    expect(parseRetentionDays(undefined)).toEqual({ days: 7 });
    expect(parseRetentionDays("  ")).toEqual({ days: 7 });
  });

  it("accepts whole days from 1 to 365", () => {
    expect(parseRetentionDays("1")).toEqual({ days: 1 });
    expect(parseRetentionDays(" 30 ")).toEqual({ days: 30 });
    expect(parseRetentionDays("365")).toEqual({ days: 365 });
  });

  it("falls back to the default, saying why, for anything else", () => {
    for (const bad of ["0", "-3", "1.5", "30d", "366", "seven", "Infinity"]) {
      const parsed = parseRetentionDays(bad);
      expect(parsed.days, bad).toBe(7);
      expect(parsed.problem, bad).toContain("IMPORT_FILE_RETENTION_DAYS");
    }
  });

  it("keeps a file at most that many days after the upload", () => {
    expect(fileKeptUntil(new Date("2026-03-01T10:00:00Z"), 7).toISOString()).toBe("2026-03-08T10:00:00.000Z");
  });
});
