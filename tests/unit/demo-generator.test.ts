// The demo generator's pure parts: apportioning, COPY escaping, and the shape of the data at a
// small scale (no database): determinism, plausible titles, coordinates inside the region.
import { describe, expect, it } from "vitest";
import { apportion } from "@/lib/demo/apportion";
import { copyField, copyLine } from "@/lib/demo/copyText";
import { dayOf } from "@/lib/demo/days";
import { generateDemo, summarise } from "@/lib/demo/generate";
import { insideRegion } from "@/lib/demo/geo";
import { REFERRED, YOUTH } from "@/lib/demo/people";
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
    // 330 projects of 2020 and 60 of the 2021 continuation; 9,800 people by 30.09.2020 and the rest after.
    expect(summary.projects).toBe(390);
    expect(summary.workers).toBeGreaterThan(10_750);
    expect(summary.workers).toBeLessThan(11_500);
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

// The seed letter (the Prime Minister's reply of 30.09.2020) describes the programme ON that day:
// a deputy must get its figures back from the records dated on or before it.
describe("demo data at scale 1, as of the seed letter's day (30.09.2020)", () => {
  const data = generateDemo(1);
  const letterDay = dayOf(2020, 9, 30);
  const { people, projects } = data;
  const within = (value: number, low: number, high: number) => {
    expect(value).toBeGreaterThanOrEqual(low);
    expect(value).toBeLessThanOrEqual(high);
  };

  /** Distinct people with a placement hired by `day`, and the bits of what they were then. */
  function peopleHiredBy(day: number) {
    const bits = new Uint8Array(people.workerCount + 1); // 1: hired, 2: referred, 4: young on a referred placement
    for (let i = 0; i < people.placementCount; i++) {
      if (people.hired[i]! > day) continue;
      const flags = people.flags[i]!;
      bits[people.worker[i]!]! |= 1 | (flags & REFERRED ? 2 : 0) | (flags & REFERRED && flags & YOUTH ? 4 : 0);
    }
    let employed = 0, referred = 0, youth = 0;
    for (const b of bits) {
      if (b & 1) employed++;
      if (b & 2) referred++;
      if (b & 4) youth++;
    }
    return { employed, referred, youth };
  }

  it("has the letter's 6,600 projects of 2020, all entered and all but a few under way", () => {
    const of2020 = projects.filter((p) => p.programmeYear === 2020);
    expect(of2020).toHaveLength(6_600);
    expect(of2020.filter((p) => p.createdDay <= letterDay)).toHaveLength(6_600);
    expect(of2020.filter((p) => p.actualStart !== null && p.actualStart <= letterDay).length).toBeGreaterThanOrEqual(6_550);
  });

  it("has employed 196 thousand people, about 110 thousand referred, more than 43 thousand of those young", () => {
    const { employed, referred, youth } = peopleHiredBy(letterDay);
    within(employed, 195_500, 197_500);
    within(referred, 108_500, 111_500);
    within(youth, 43_100, 44_500);
    expect(summarise(data).asOfLetter).toEqual({ projects: 6_600, projectsStarted: expect.any(Number), workers: employed, referred, youthAmongReferred: youth });
  });

  it("hires on the 2020 projects mostly from April to August 2020, tailing off after", () => {
    const months = new Map<string, number>();
    let of2020 = 0;
    for (let i = 0; i < people.placementCount; i++) {
      if (projects[people.project[i]!]!.programmeYear !== 2020) continue;
      of2020++;
      const month = new Date(people.hired[i]! * 86_400_000).toISOString().slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    }
    const between = (from: string, to: string) => [...months].filter(([m]) => m >= from && m <= to).reduce((a, [, n]) => a + n, 0);
    expect(between("2020-04", "2020-08") / of2020).toBeGreaterThan(0.75);
    expect(between("2020-10", "2021-12") / of2020).toBeLessThan(0.06);
    expect(months.get("2020-10") ?? 0).toBeLessThan(months.get("2020-09")!);
    expect(months.get("2020-12") ?? 0).toBeLessThan(months.get("2020-10")!);
  });

  it("continues in 2021 with its own projects, entered, started and hired on in 2021", () => {
    const of2021 = projects.filter((p) => p.programmeYear === 2021);
    within(of2021.length, 1_000, 1_500);
    const jan2021 = dayOf(2021, 1, 1);
    expect(of2021.filter((p) => p.createdDay < jan2021 || (p.actualStart !== null && p.actualStart < jan2021))).toEqual([]);
    const hiredOn2021 = new Set<number>();
    let hiredBefore2021 = 0;
    for (let i = 0; i < people.placementCount; i++) {
      if (projects[people.project[i]!]!.programmeYear !== 2021) continue;
      if (people.hired[i]! < jan2021) hiredBefore2021++;
      hiredOn2021.add(people.worker[i]!);
    }
    expect(hiredBefore2021).toBe(0);
    const newPeople = people.workerCount - peopleHiredBy(dayOf(2020, 12, 31)).employed;
    within(newPeople, 20_000, 30_000);
    expect(hiredOn2021.size).toBeGreaterThan(20_000);
  });

  it("gives 2021 targets of the order of what the 2021 projects deliver, the regions adding up to the country", () => {
    const of2021 = new Set(projects.filter((p) => p.programmeYear === 2021).map((p) => p.id));
    const bits = new Uint8Array(people.workerCount + 1);
    for (let i = 0; i < people.placementCount; i++) {
      if (!of2021.has(projects[people.project[i]!]!.id)) continue;
      const flags = people.flags[i]!;
      bits[people.worker[i]!]! |= 1 | (flags & REFERRED ? 2 | (flags & YOUTH ? 4 : 0) : 0);
    }
    const delivered: Record<string, number> = {
      PROJECTS: of2021.size,
      PEOPLE_EMPLOYED: bits.filter((b) => b & 1).length,
      REFERRED_BY_EMPLOYMENT_CENTRES: bits.filter((b) => b & 2).length,
      YOUTH: bits.filter((b) => b & 4).length,
      OBJECTS_COMMISSIONED: projects.filter((p) => of2021.has(p.id) && p.status === "COMMISSIONED").length,
      PERMANENT_JOBS: data.permanentJobs.filter((j) => of2021.has(j.projectId)).length,
    };
    const national = data.targets.filter((t) => t.programmeYear === 2021 && t.regionId === null);
    expect(national.map((t) => t.metric).sort()).toEqual(Object.keys(delivered).sort());
    for (const target of national) {
      const ratio = delivered[target.metric]! / target.value;
      expect(ratio, `${target.metric}: ${delivered[target.metric]} of ${target.value}`).toBeGreaterThan(0.85);
      expect(ratio, `${target.metric}: ${delivered[target.metric]} of ${target.value}`).toBeLessThan(1.2);
      const regional = data.targets.filter((t) => t.programmeYear === 2021 && t.metric === target.metric && t.regionId !== null);
      expect(regional.reduce((a, t) => a + t.value, 0)).toBe(target.value);
    }
    // 2020 keeps the letter's figures.
    expect(data.targets.find((t) => t.programmeYear === 2020 && t.regionId === null && t.metric === "PEOPLE_EMPLOYED")!.value).toBe(196_000);
  });

  it("adds up to the whole programme by the end of 2021", () => {
    const summary = summarise(data);
    within(summary.projects, 7_600, 8_100);
    within(summary.workers, 215_000, 230_000);
    expect(summary.placements).toBeLessThan(198_352 * 1.2); // at most ~20% more rows than before the continuation
    within(summary.objectsCommissioned, 601, 625);
    within(summary.permanentJobs, 15_000, 15_400);
  });
});
