// The registry's URL state (lib/projects/registry.ts) and the history diff (lib/projects/history.ts).
import { describe, expect, it } from "vitest";
import { parseRegistryFilters, registryExportHref, registryQuery, registryRegion, sortQuery } from "@/lib/projects/registry";
import { changedFields } from "@/lib/projects/history";

describe("registry filters from the URL", () => {
  it("reads filters and drops what is not valid instead of failing", () => {
    const filters = parseRegistryFilters({ region: "3", status: "COMPLETED", year: "2021", page: "x", sort: "drop table", source: "GOLD", q: "  школа  " });
    expect(filters).toMatchObject({ region: 3, status: "COMPLETED", year: 2021, page: 1, sort: "code", dir: "asc", q: "школа", size: 50 });
    expect(filters.source).toBeUndefined();
  });

  it("takes the first of repeated parameters, and blanks as absent", () => {
    expect(parseRegistryFilters({ category: ["SOCIAL", "TRANSPORT"], district: "" })).toMatchObject({ category: "SOCIAL", district: undefined });
  });

  it("opens an akimat's own region by default, the country for others, and 'all' on request", () => {
    const akimat = { role: "AKIMAT" as const, regionId: 7 };
    const analyst = { role: "ANALYST" as const, regionId: null };
    expect(registryRegion(parseRegistryFilters({}), akimat)).toBe(7);
    expect(registryRegion(parseRegistryFilters({ region: "all" }), akimat)).toBeNull();
    expect(registryRegion(parseRegistryFilters({ region: "9" }), akimat)).toBe(9);
    expect(registryRegion(parseRegistryFilters({}), analyst)).toBeNull();
  });

  it("builds links that keep the filters and leave defaults out", () => {
    const filters = parseRegistryFilters({ status: "PLANNED", q: "мост", page: "3" });
    expect(registryQuery(filters, { page: 4 })).toBe("?status=PLANNED&q=%D0%BC%D0%BE%D1%81%D1%82&page=4");
    expect(registryQuery(parseRegistryFilters({}))).toBe("");
  });

  it("downloads every page of the filtered registry, with the same filters", () => {
    const filters = parseRegistryFilters({ status: "PLANNED", page: "3", size: "100" });
    expect(registryExportHref(filters, "xlsx")).toBe("/projects/export?status=PLANNED&size=100&format=xlsx");
    expect(registryExportHref(parseRegistryFilters({}), "csv")).toBe("/projects/export?format=csv");
  });

  it("reverses a sorted column on a second click and returns to page 1", () => {
    const byName = parseRegistryFilters({ sort: "name", page: "5" });
    expect(sortQuery(byName, "name")).toBe("?sort=name&dir=desc");
    expect(sortQuery(byName, "status")).toBe("?sort=status");
  });
});

describe("change history", () => {
  it("lists changed fields, with funding sources added or removed", () => {
    const before = { name: "Школа", status: "IN_PROGRESS", version: 1, funding: { LOCAL_BUDGET: { allocated: "10.00", disbursed: "0.00" } } };
    const after = { name: "Школа", status: "COMPLETED", version: 2, funding: { BOND_LOANS: { allocated: "5.00", disbursed: "0.00" } } };
    expect(changedFields(before, after)).toEqual([
      { field: "status", before: "IN_PROGRESS", after: "COMPLETED" },
      { field: "funding.BOND_LOANS.allocated", before: null, after: "5.00" },
      { field: "funding.BOND_LOANS.disbursed", before: null, after: "0.00" },
      { field: "funding.LOCAL_BUDGET.allocated", before: "10.00", after: null },
      { field: "funding.LOCAL_BUDGET.disbursed", before: "0.00", after: null },
    ]);
  });
});
