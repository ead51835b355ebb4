import { describe, expect, it } from "vitest";
import { REGIONS } from "@/lib/regions/catalog";
import { MAP_WIDTH, compactPath, mapGeometry } from "@/lib/dashboard/map-geometry";

describe("mapGeometry", () => {
  const map = mapGeometry();

  it("has one outline per region of the catalogue, keyed by KATO code", () => {
    expect(map.shapes.map((s) => s.code)).toEqual(REGIONS.map((r) => r.code).sort());
    for (const shape of map.shapes) expect(shape.d).toMatch(/^M\d+ \d+l/);
  });

  it("fits the regions inside the drawing", () => {
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(MAP_WIDTH);
    for (const shape of map.shapes) {
      expect(shape.cx).toBeGreaterThan(0);
      expect(shape.cx).toBeLessThan(map.width);
      expect(shape.cy).toBeGreaterThan(0);
      expect(shape.cy).toBeLessThan(map.height);
    }
  });

  it("marks the three cities of republican significance as small", () => {
    expect(map.shapes.filter((s) => s.small).map((s) => s.code)).toEqual(["71", "75", "79"]);
  });

  it("places Astana inside Akmola region (north-centre) and Mangystau in the west", () => {
    const at = (code: string) => map.shapes.find((s) => s.code === code)!;
    expect(Math.abs(at("71").cx - at("11").cx)).toBeLessThan(80);
    expect(at("47").cx).toBeLessThan(at("63").cx);
  });
});

describe("compactPath", () => {
  it("writes whole relative steps and drops repeated points", () => {
    expect(compactPath("M10.4,20.6L12,20.6L12,18.2L12.2,18L9,19Z")).toBe("M10 21l2 0 0-3-3 1z");
  });
  it("leaves out rings smaller than a pixel", () => {
    expect(compactPath("M1,1L0,3L2,2ZM5,5L5.2,5.1ZM7,7L6,4Z")).toBe("M1 1l-1 2 2-1z");
  });
});
