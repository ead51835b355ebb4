// Rounding the way an official reply does (reply to inquiry ДЗ-145: "6,6 тыс.", "196 тысяч",
// "порядка 110 тыс.", "более 43 тыс."), and the rule that matters most: "more than" is never
// said of a figure above the real value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximate } from "@/lib/narrative/approximate";

describe("approximate", () => {
  it.each([
    [0, "exact", "unit", 0],
    [1, "exact", "unit", 1],
    [2, "exact", "unit", 2],
    [5, "exact", "unit", 5],
    [11, "exact", "unit", 11],
    [21, "exact", "unit", 21],
    [612, "exact", "unit", 612],
    [999, "exact", "unit", 999],
    [1_000, "exact", "thousand", 1],
    [6_600, "exact", "thousand", 6.6],
    [6_610, "about", "thousand", 6.6],
    [6_649, "moreThan", "thousand", 6.6],
    [6_650, "moreThan", "thousand", 6.6],
    [6_680, "about", "thousand", 6.7],
    [9_990, "about", "thousand", 10],
    [43_000, "exact", "thousand", 43],
    [42_999, "about", "thousand", 43],
    [43_600, "moreThan", "thousand", 43],
    [109_835, "about", "thousand", 110],
    [196_000, "exact", "thousand", 196],
    [999_900, "about", "million", 1],
    [1_240_000, "moreThan", "million", 1.2],
  ] as const)("%d -> %s %s %d", (value, qualifier, scale, amount) => {
    const result = approximate(value);
    expect(result).toMatchObject({ qualifier, scale, amount, value });
  });

  it("refuses what is not a count", () => {
    expect(() => approximate(-1)).toThrow(RangeError);
    expect(() => approximate(Number.NaN)).toThrow(RangeError);
  });

  it("never says 'more than' a figure at or above the value, and 'about' stays within a quarter step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (value) => {
        const { qualifier, stated } = approximate(value);
        if (qualifier === "exact") expect(stated).toBe(value);
        if (qualifier === "moreThan") expect(stated).toBeLessThan(value);
        if (qualifier === "about") {
          const step = value < 10_000 ? 100 : value < 1_000_000 ? 1_000 : value < 10_000_000 ? 100_000 : 1_000_000;
          expect(Math.abs(stated - value) * 4).toBeLessThanOrEqual(step);
          expect(stated).not.toBe(value);
        }
      }),
    );
  });
});
