import { describe, expect, it } from "vitest";
import { CLASS_COLOURS, NO_DATA_COLOUR, classBounds, classOf, colourOf, niceStep } from "@/lib/dashboard/choropleth";

describe("niceStep", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(2469)).toBe(2500);
    expect(niceStep(2501)).toBe(5000);
    expect(niceStep(17)).toBe(20);
    expect(niceStep(0.3)).toBe(0.5);
    expect(niceStep(1000)).toBe(1000);
  });
});

describe("classBounds", () => {
  it("splits 0…max into five round classes", () => {
    expect(classBounds([12_345, 0, 800, null])).toEqual([2_500, 5_000, 7_500, 10_000, 12_500]);
  });
  it("uses fewer classes when the nice step covers the maximum sooner", () => {
    expect(classBounds([6])).toEqual([2, 4, 6]);
    expect(classBounds([101])).toEqual([25, 50, 75, 100, 125]);
  });
  it("has whole-number classes for small counts", () => {
    expect(classBounds([3])).toEqual([1, 2, 3]);
  });
  it("has one class when nothing is positive", () => {
    expect(classBounds([0, null])).toEqual([0]);
  });
});

describe("classOf and colourOf", () => {
  const bounds = [2_500, 5_000, 7_500, 10_000, 12_500];
  it("puts a bound in the class below it, and every value in some class", () => {
    expect(classOf(0, bounds)).toBe(0);
    expect(classOf(2_500, bounds)).toBe(0);
    expect(classOf(2_501, bounds)).toBe(1);
    expect(classOf(12_345, bounds)).toBe(4);
    expect(classOf(99_999, bounds)).toBe(4);
  });
  it("colours the highest class darkest and a missing value grey", () => {
    expect(colourOf(12_345, bounds)).toBe(CLASS_COLOURS[4]);
    expect(colourOf(null, bounds)).toBe(NO_DATA_COLOUR);
    expect(colourOf(3, [1, 2, 3])).toBe(CLASS_COLOURS[4]);
  });
});
