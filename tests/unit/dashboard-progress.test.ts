import { describe, expect, it } from "vitest";
import { progressOf } from "@/lib/dashboard/progress";

describe("progressOf", () => {
  it("rounds down so an unmet target never reads 100 %", () => {
    expect(progressOf(195_999, 196_000)).toEqual({ percent: 99, bar: 99 });
    expect(progressOf(196_000, 196_000)).toEqual({ percent: 100, bar: 100 });
  });
  it("shows more than 100 % but fills the bar only to its end", () => {
    expect(progressOf(6_762, 6_600)).toEqual({ percent: 102, bar: 100 });
  });
  it("has no percentage without a positive target", () => {
    expect(progressOf(10, null)).toEqual({ percent: null, bar: 0 });
    expect(progressOf(10, 0)).toEqual({ percent: null, bar: 0 });
  });
  it("treats nothing done as 0 %", () => {
    expect(progressOf(0, 43_000)).toEqual({ percent: 0, bar: 0 });
  });
});
