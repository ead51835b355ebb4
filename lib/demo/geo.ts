// Coordinates inside a region: rejection sampling in the region's bounding box against its
// outline from @amcharts/amcharts5-geodata (the same low-resolution map the portal draws, so
// every demo project lands inside its region on that map).
import geodata from "@amcharts/amcharts5-geodata/json/kazakhstan2023Low.json";
import type { Random } from "./random";

type Ring = number[][];
/** A ring's points as [lon, lat, lon, lat, …]: flat typed arrays keep the hot loop below fast. */
type FlatRing = Float64Array;
type Outline = { rings: FlatRing[]; minLon: number; maxLon: number; minLat: number; maxLat: number };

type Feature = { properties: { id: string }; geometry: { type: string; coordinates: unknown } };

function outlineOf(feature: Feature): Outline {
  const polygons = (feature.geometry.type === "MultiPolygon" ? feature.geometry.coordinates : [feature.geometry.coordinates]) as Ring[][];
  const rings = polygons.flat();
  const points = rings.flat();
  return {
    rings: rings.map((ring) => Float64Array.from(ring.flatMap((p) => [p[0]!, p[1]!]))),
    minLon: Math.min(...points.map((p) => p[0]!)),
    maxLon: Math.max(...points.map((p) => p[0]!)),
    minLat: Math.min(...points.map((p) => p[1]!)),
    maxLat: Math.max(...points.map((p) => p[1]!)),
  };
}

const OUTLINES = new Map<string, Outline>(
  (geodata as unknown as { features: Feature[] }).features.map((f) => [f.properties.id.replace("KZ-", ""), outlineOf(f)]),
);

/** Even-odd ray casting over all rings, so holes (a city inside its oblast) are excluded. */
export function insideRegion(code: string, lon: number, lat: number): boolean {
  const outline = OUTLINES.get(code);
  if (!outline) return false;
  let inside = false;
  for (const ring of outline.rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i]!, yi = ring[i + 1]!;
      const xj = ring[j]!, yj = ring[j + 1]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A random point inside the region, as [latitude, longitude] rounded to 6 decimals. */
export function randomPointIn(code: string, rng: Random, fallback: readonly [number, number]): [number, number] {
  const outline = OUTLINES.get(code);
  if (outline) {
    for (let attempt = 0; attempt < 500; attempt++) {
      const lon = rng.real(outline.minLon, outline.maxLon);
      const lat = rng.real(outline.minLat, outline.maxLat);
      if (insideRegion(code, lon, lat)) return [round6(lat), round6(lon)];
    }
  }
  return [fallback[0], fallback[1]];
}

/** The point moved by up to `radius` degrees, kept inside the region when it started there. */
export function jitter(code: string, point: readonly [number, number], radius: number, rng: Random): [number, number] {
  for (let attempt = 0; attempt < 10; attempt++) {
    const lat = point[0] + rng.real(-radius, radius);
    const lon = point[1] + rng.real(-radius, radius);
    if (insideRegion(code, lon, lat)) return [round6(lat), round6(lon)];
  }
  return [round6(point[0]), round6(point[1])];
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
