import { describe, expect, it } from "vitest";
import { isCurrent, navigationFor } from "@/lib/navigation";

const hrefs = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((item) => item.href);

describe("navigationFor", () => {
  it("shows a signed-out visitor the home page only", () => {
    expect(hrefs(null)).toEqual(["/"]);
  });

  it("shows user administration and backups to ADMIN only", () => {
    expect(hrefs("ADMIN")).toContain("/admin/users");
    expect(hrefs("ADMIN")).toContain("/admin/backups");
    for (const role of ["ANALYST", "AKIMAT", "DEPUTY"] as const) {
      expect(hrefs(role)).not.toContain("/admin/users");
      expect(hrefs(role)).not.toContain("/admin/backups");
    }
  });

  it("follows the permission table for each role", () => {
    expect(hrefs("AKIMAT")).toEqual(["/", "/dashboard", "/dashboard/regions", "/projects", "/imports", "/reports", "/checks", "/summary"]);
    expect(hrefs("DEPUTY")).toEqual(["/", "/dashboard", "/dashboard/regions", "/projects", "/summary", "/inquiries"]);
    expect(hrefs("ANALYST")).toEqual(["/", "/dashboard", "/dashboard/regions", "/projects", "/reports", "/checks", "/summary", "/inquiries"]);
  });

  it("keeps the items in the same order with a label key each", () => {
    const all = navigationFor("ADMIN");
    expect(all[0]).toEqual({ href: "/", labelKey: "home" });
    expect(all.at(-1)).toEqual({ href: "/admin/backups", labelKey: "backups" });
  });
});

describe("isCurrent", () => {
  const items = navigationFor("ADMIN");
  it("marks home only on the home page", () => {
    expect(isCurrent("/", "/", items)).toBe(true);
    expect(isCurrent("/", "/projects", items)).toBe(false);
  });
  it("marks a section on its sub-pages", () => {
    expect(isCurrent("/projects", "/projects/42/edit", items)).toBe(true);
    expect(isCurrent("/projects", "/projectsX", items)).toBe(false);
  });
  it("prefers the more specific item", () => {
    expect(isCurrent("/dashboard/regions", "/dashboard/regions/35", items)).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/regions/35", items)).toBe(false);
    expect(isCurrent("/dashboard", "/dashboard", items)).toBe(true);
  });
});
