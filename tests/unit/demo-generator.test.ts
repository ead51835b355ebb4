// The demo generator's pure parts: apportioning, COPY escaping, and the shape of the data at a
// small scale (no database): determinism, plausible titles, coordinates inside the region.
import { describe, expect, it } from "vitest";
import { apportion } from "@/lib/demo/apportion";
import { copyField, copyLine } from "@/lib/demo/copyText";
import { generateDemo, summarise } from "@/lib/demo/generate";
import { insideRegion } from "@/lib/demo/geo";
import { Random } from "@/lib/demo/random";
import { copyTables } from "@/lib/demo/tables";
import { validateBin } from "@/lib/iin";
import { REGIONS } from "@/lib/regions/catalog";

describe("apportion (largest remainder)", () => {
  it("sums exactly to the total and follows the weights", () => {
    // 10 over 1:1:1 → exact 3⅓ each; the one unit left goes to the first of the tied remainders.
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 7 over 5:3:2 → 3.5, 2.1, 1.4 → floors 3,2,1 (6); the unit goes to the largest remainder (0.5).
    expect(apportion(7, [5, 3, 2])).toEqual([4, 2, 1]);
    const populations = REGIONS.map((r) => r.population);
    for (const total of [0, 1, 19, 600, 6600, 43_000, 196_000]) {
      const parts = apportion(total, populations);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((part, i) => expect(Math.abs(part - (total * populations[i]!) / populations.reduce((a, b) => a + b))).toBeLessThan(1));
    }
  });
});

describe("COPY text format", () => {
  it("escapes backslash, tab, newline and carriage return, and writes NULL as \\N", () => {
    expect(copyField("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyField(null)).toBe("\\N");
    expect(copyField(true)).toBe("t");
    expect(copyField("ТОО «Кокше Строй»")).toBe("ТОО «Кокше Строй»");
    expect(copyLine([1, "x\ty", null])).toBe("1\tx\\ty\t\\N\n");
  });
});

describe("seeded random", () => {
  it("repeats itself for the same seed and differs between seeds", () => {
    const a = new Random("x");
    const b = new Random("x");
    const c = new Random("y");
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });
});

describe("demo data at scale 0.05", () => {
  const data = generateDemo(0.05);
  const summary = summarise(data);

  it("is the same on every run", () => {
    const again = generateDemo(0.05);
    expect(summarise(again)).toEqual(summary);
    expect(again.projects.slice(0, 20).map((p) => [p.code, p.name])).toEqual(data.projects.slice(0, 20).map((p) => [p.code, p.name]));
  });

  it("has the seed letter's proportions", () => {
    expect(summary.projects).toBe(330);
    expect(summary.workers).toBe(9800);
    expect(summary.objectsCommissioned).toBe(31);
    expect(summary.permanentJobs).toBe(760);
    expect(summary.referred / summary.workers).toBeGreaterThan(0.53);
    expect(summary.referred / summary.workers).toBeLessThan(0.6);
    expect(summary.youthAmongReferred / summary.referred).toBeGreaterThan(0.36);
    expect(summary.youthAmongReferred / summary.referred).toBeLessThan(0.43);
  });

  it("writes unique codes, real-looking titles, valid BINs and points inside the region", () => {
    const codes = new Set(data.projects.map((p) => p.code));
    expect(codes.size).toBe(data.projects.length);
    for (const p of data.projects) {
      expect(p.code).toMatch(/^DKZ-202[01]-\d\d-\d{5}$/);
      expect(p.name).not.toMatch(/undefined|null|NaN/);
      expect(p.name.length).toBeGreaterThan(20);
      expect(validateBin(p.contractor.bin)).toBe(true);
      expect(p.contractor.name).toMatch(/^ТОО «.+»$/);
      expect(insideRegion(p.region.entry.code, p.longitude, p.latitude), `${p.code} ${p.latitude},${p.longitude}`).toBe(true);
    }
  });

  it("produces COPY rows with the declared number of columns", () => {
    for (const table of copyTables(data, "$argon2id$hash")) {
      let rows = 0;
      for (const line of table.rows()) {
        expect(line.endsWith("\n")).toBe(true);
        expect(line.slice(0, -1).split("\t")).toHaveLength(table.columns.length);
        rows++;
      }
      expect(rows, table.name).toBe(table.rowCount);
    }
  });
});
