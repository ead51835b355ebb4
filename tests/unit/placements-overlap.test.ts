import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { firstOverlap, periodsOverlap, type Period } from "@/lib/placements/overlap";

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const period = (hired: string, ended: string | null): Period => ({ hiredAt: d(hired), endedAt: ended ? d(ended) : null });

describe("periodsOverlap", () => {
  it("two closed periods apart do not overlap", () => {
    expect(periodsOverlap(period("2021-01-01", "2021-01-31"), period("2021-02-01", "2021-02-28"))).toBe(false);
  });

  it("the end day is a working day: a hire on the other's last day overlaps, the day after does not", () => {
    expect(periodsOverlap(period("2021-01-01", "2021-01-31"), period("2021-01-31", null))).toBe(true);
    expect(periodsOverlap(period("2021-01-01", "2021-01-31"), period("2021-02-01", null))).toBe(false);
  });

  it("an open period (no end date) overlaps everything from its hiring day on", () => {
    expect(periodsOverlap(period("2021-03-01", null), period("2025-01-01", "2025-01-02"))).toBe(true);
    expect(periodsOverlap(period("2021-03-01", null), period("2021-01-01", "2021-02-28"))).toBe(false);
    expect(periodsOverlap(period("2021-03-01", null), period("2020-06-01", null))).toBe(true);
  });

  it("containment and one-day periods overlap", () => {
    expect(periodsOverlap(period("2021-01-01", "2021-12-31"), period("2021-05-05", "2021-05-05"))).toBe(true);
    expect(periodsOverlap(period("2021-05-05", "2021-05-05"), period("2021-05-05", "2021-05-05"))).toBe(true);
  });

  it("is symmetric and agrees with a day-by-day check (property)", () => {
    const day = fc.integer({ min: 0, max: 60 });
    const arbitrary = fc.tuple(day, fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }));
    const toPeriod = ([start, length]: [number, number | null]): Period => ({
      hiredAt: new Date(Date.UTC(2021, 0, 1 + start)),
      endedAt: length === null ? null : new Date(Date.UTC(2021, 0, 1 + start + length)),
    });
    fc.assert(
      fc.property(arbitrary, arbitrary, (a, b) => {
        const [pa, pb] = [toPeriod(a), toPeriod(b)];
        const daysOf = ([start, length]: [number, number | null]) => new Set(Array.from({ length: (length ?? 200 - start) + 1 }, (_, i) => start + i));
        const shared = [...daysOf(a)].some((x) => daysOf(b).has(x));
        expect(periodsOverlap(pa, pb)).toBe(periodsOverlap(pb, pa));
        expect(periodsOverlap(pa, pb)).toBe(shared);
      }),
    );
  });
});

describe("firstOverlap", () => {
  const others = [
    { id: 1, ...period("2020-05-01", "2020-06-30") },
    { id: 2, ...period("2021-03-01", null) },
    { id: 3, ...period("2021-01-10", "2021-02-10") },
  ];

  it("names the earliest overlapping placement", () => {
    expect(firstOverlap(period("2021-02-01", null), others)?.id).toBe(3);
  });

  it("returns null when the person was free for the whole period", () => {
    expect(firstOverlap(period("2020-07-01", "2021-01-09"), others)).toBeNull();
    expect(firstOverlap(period("2020-01-01", "2020-04-30"), [])).toBeNull();
  });
});
