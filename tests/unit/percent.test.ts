// Every percentage of the portal comes from one place (lib/dashboard/percent.ts), so one figure
// never shows two values (the dashboard truncated, the summary rounded): plan fulfilment in whole
// per cent and shares to one decimal, half up, in integer arithmetic; a target not reached never
// shows 100 %.
import { describe, expect, it } from "vitest";
import { fulfilmentPercent, sharePercent } from "@/lib/dashboard/percent";

describe("plan fulfilment", () => {
  it("rounds half up to whole per cent", () => {
    expect(fulfilmentPercent(150, 200)).toBe(75);
    expect(fulfilmentPercent(101, 200)).toBe(51); // 50.5 %: truncation showed 50
    expect(fulfilmentPercent(1_009, 2_000)).toBe(50); // 50.45 %
    expect(fulfilmentPercent(6_600, 6_600)).toBe(100);
    expect(fulfilmentPercent(7_001, 6_600)).toBe(106);
  });

  it("never shows 100 % for a target not reached: 109,835 of 110,000 referred is 99 %", () => {
    expect(fulfilmentPercent(109_835, 110_000)).toBe(99);
    expect(fulfilmentPercent(109_999, 110_000)).toBe(99);
  });

  it("has no value without a target", () => {
    expect(fulfilmentPercent(10, null)).toBeNull();
    expect(fulfilmentPercent(10, 0)).toBeNull();
    expect(fulfilmentPercent(null, 10)).toBeNull();
  });
});

describe("shares", () => {
  it("rounds half up to one decimal, money to the tiyn: 80.87 % disbursed is 80.9, not 80.8", () => {
    expect(sharePercent(80.87, 100)).toBe(80.9);
    expect(sharePercent(808_700_000.25, 1_000_000_000)).toBe(80.9);
    expect(sharePercent(1, 8)).toBe(12.5);
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
  });

  it("never shows 100 % for a part short of the whole", () => {
    expect(sharePercent(99_999, 100_000)).toBe(99.9);
    expect(sharePercent(100_000, 100_000)).toBe(100);
  });

  it("is exact for sums beyond 2^53 tiyn × 1000", () => {
    expect(sharePercent(1_234_567_890_123.45, 2_469_135_780_246.9)).toBe(50);
  });

  it("has no value for an empty whole", () => {
    expect(sharePercent(5, 0)).toBeNull();
  });
});
