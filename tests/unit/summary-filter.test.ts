import { describe, expect, it } from "vitest";
import { filterToSearchParams, isPlaceFilter, parseDashboardFilter } from "@/lib/summary/filter";

describe("dashboard filter in the URL", () => {
  it("reads every parameter", () => {
    const params = new URLSearchParams("year=2021&region=3&district=17&category=SOCIAL&workType=CAPITAL_REPAIR&source=BOND_LOANS");
    expect(parseDashboardFilter(params)).toEqual({
      programmeYear: 2021,
      regionId: 3,
      districtId: 17,
      category: "SOCIAL",
      workType: "CAPITAL_REPAIR",
      fundingSource: "BOND_LOANS",
    });
  });

  it("drops invalid values and keeps the rest", () => {
    expect(parseDashboardFilter({ year: "abc", region: "-1", district: "2.5", category: "ROADS", source: "LOCAL_BUDGET" })).toEqual({
      fundingSource: "LOCAL_BUDGET",
    });
    expect(parseDashboardFilter({ year: "1999", region: "" })).toEqual({});
  });

  it("takes the first of repeated parameters (Next.js gives arrays)", () => {
    expect(parseDashboardFilter({ region: ["4", "5"] })).toEqual({ regionId: 4 });
  });

  it("writes the same filter back, in a fixed order", () => {
    const filter = { workType: "NEW_CONSTRUCTION", regionId: 2, programmeYear: 2020 } as const;
    const params = filterToSearchParams(filter);
    expect(params.toString()).toBe("year=2020&region=2&workType=NEW_CONSTRUCTION");
    expect(parseDashboardFilter(params)).toEqual(filter);
  });

  it("tells place filters from the others", () => {
    expect(isPlaceFilter({ regionId: 1, districtId: 2, programmeYear: 2020 })).toBe(true);
    expect(isPlaceFilter({ category: "SOCIAL" })).toBe(false);
    expect(isPlaceFilter({ fundingSource: "OTHER" })).toBe(false);
  });
});
