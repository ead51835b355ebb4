// The report forms' validation: whole non-negative numbers typed with spaces, a required reason
// for returning a report, month keys in URLs.
import { describe, expect, it } from "vitest";
import { monthKeySchema, reviewReportSchema, submitReportSchema } from "@/lib/reports/schema";

describe("submitReportSchema", () => {
  it("accepts whole numbers typed with thousands separators", () => {
    expect(submitReportSchema.parse({ adjacentIndustryJobs: "12 345", comment: "  ok  " })).toEqual({ adjacentIndustryJobs: 12345, comment: "ok" });
    expect(submitReportSchema.parse({ adjacentIndustryJobs: "0" })).toEqual({ adjacentIndustryJobs: 0, comment: null });
  });

  it("refuses empty, negative, fractional and huge values with codes", () => {
    const code = (value: unknown) => submitReportSchema.safeParse({ adjacentIndustryJobs: value }).error?.issues[0]?.message;
    expect(code("")).toBe("required");
    expect(code(undefined)).toBe("required");
    expect(code("-1")).toBe("wholeNumber");
    expect(code("1,5")).toBe("wholeNumber");
    expect(code("99999999")).toBe("tooBig");
  });
});

describe("reviewReportSchema", () => {
  it("requires a comment to return, not to approve", () => {
    expect(reviewReportSchema.safeParse({ decision: "return", reviewComment: " " }).error?.issues[0]).toMatchObject({ path: ["reviewComment"], message: "returnCommentRequired" });
    expect(reviewReportSchema.parse({ decision: "approve" })).toEqual({ decision: "approve", reviewComment: null });
    expect(reviewReportSchema.safeParse({ decision: "delete" }).success).toBe(false);
  });
});

describe("monthKeySchema", () => {
  it("takes YYYY-MM only", () => {
    expect(monthKeySchema.parse("2021-12")).toBe("2021-12");
    expect(monthKeySchema.safeParse("2021-13").success).toBe(false);
  });
});
