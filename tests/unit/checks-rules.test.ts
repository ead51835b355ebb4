// The arithmetic of the cost-per-job check: quartiles as percentile_cont computes them, and
// Tukey's far-out fences (Q1 − 3·IQR, Q3 + 3·IQR).
import { describe, expect, it } from "vitest";
import { daysBetween, isCheckId, isOutside, outlierFences, percentileCont } from "@/lib/checks/rules";

describe("percentileCont", () => {
  it("interpolates between the closest ranks, like PostgreSQL's percentile_cont", () => {
    // SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY x) FROM unnest('{1,2,3,4}'::int[]) x; → 1.75
    expect(percentileCont([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(percentileCont([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(percentileCont([5], 0.25)).toBe(5);
    expect(percentileCont([], 0.5)).toBeNaN();
  });
});

describe("outlierFences", () => {
  it("are 3 interquartile ranges beyond the quartiles", () => {
    expect(outlierFences(100, 200)).toEqual({ low: -200, high: 500 });
    expect(outlierFences(100, 200, 1.5)).toEqual({ low: -50, high: 350 });
  });

  it("flag values strictly outside", () => {
    const range = outlierFences(100, 200);
    expect(isOutside(500, range)).toBe(false);
    expect(isOutside(500.01, range)).toBe(true);
    expect(isOutside(-200.01, range)).toBe(true);
  });
});

describe("helpers", () => {
  it("know the check ids and count whole days", () => {
    expect(isCheckId("staleProject")).toBe(true);
    expect(isCheckId("toString")).toBe(false);
    expect(daysBetween(new Date("2021-01-01T10:00:00Z"), new Date("2021-02-15T09:00:00Z"))).toBe(44);
  });
});
