// Outlines of the 20 regions as SVG paths, projected once per server process from amCharts'
// geodata (linkware licence: the map shows the attribution line). Only the path strings reach
// the browser; the 45 KB GeoJSON and d3-geo stay on the server. Feature ids are "KZ-NN", NN the
// two-digit KATO code, which is Region.code (docs/platform.md).
import { geoMercator, geoPath, type GeoStream } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import kazakhstan from "@amcharts/amcharts5-geodata/json/kazakhstan2023Low.json";

export type RegionShape = {
  /** KATO code, e.g. "11". */
  code: string;
  /** SVG path data. */
  d: string;
  /** Centroid in map units: where a marker of a small region (a city) is drawn. */
  cx: number;
  cy: number;
  /** Too small to point at (Astana, Almaty, Shymkent): drawn with a marker as well. */
  small: boolean;
};

export type MapGeometry = { width: number; height: number; shapes: RegionShape[] };

export const MAP_WIDTH = 960;
/** Regions smaller than this (in square map units) get a marker. */
const SMALL_AREA = 120;
/** Points closer than this (map units ≈ CSS pixels at full width) to the last kept one are dropped. */
const MIN_STEP = 2.5;

/**
 * Drops projected points that would be drawn within MIN_STEP of the previous one: the geodata
 * has detail far below a pixel at this size, and every byte of path data is sent with the page.
 */
function decimated(output: GeoStream): GeoStream {
  let last: [number, number] | null = null;
  let held: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < MIN_STEP) {
        held = [x, y];
        return;
      }
      output.point(x, y);
      last = [x, y];
      held = null;
    },
    lineStart() {
      last = null;
      held = null;
      output.lineStart();
    },
    lineEnd() {
      if (held) output.point(held[0], held[1]);
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

let cached: MapGeometry | undefined;

/**
 * Rewrites d3's absolute "M x,y L x,y … Z" path data as whole map units with relative line
 * segments ("M123 45l1-2 3 4…z"): the same shape within a pixel, in about a third of the bytes.
 * Rings that shrink to fewer than two segments (islets under a pixel) are left out.
 */
export function compactPath(d: string): string {
  let out = "";
  let ring = "";
  let segments = 0;
  let x = 0;
  let y = 0;
  const flush = () => {
    if (segments >= 2) out += ring + "z";
    ring = "";
    segments = 0;
  };
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      flush();
      continue;
    }
    const numbers = (args ?? "").split(/[ ,]+/).filter(Boolean).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = Math.round(numbers[i]!);
      const ny = Math.round(numbers[i + 1]!);
      if (command === "M") {
        flush();
        ring = `M${nx} ${ny}`;
      } else {
        const dx = nx - x;
        const dy = ny - y;
        if (dx === 0 && dy === 0) continue;
        const pair = `${dx}${dy < 0 ? "" : " "}${dy}`;
        ring += segments === 0 ? `l${pair}` : dx < 0 ? pair : ` ${pair}`;
        segments++;
      }
      x = nx;
      y = ny;
    }
  }
  flush();
  return out;
}

export function mapGeometry(): MapGeometry {
  if (cached) return cached;
  const collection = kazakhstan as unknown as FeatureCollection<Geometry, { id: string; name: string }>;
  // Mercator is the projection people know from school maps and web maps of Kazakhstan.
  const projection = geoMercator().fitWidth(MAP_WIDTH - 16, collection);
  const bounds = geoPath(projection).bounds(collection);
  const height = Math.ceil(bounds[1][1] - bounds[0][1]) + 16;
  projection.translate([projection.translate()[0] + 8 - bounds[0][0], projection.translate()[1] + 8 - bounds[0][1]]);
  const path = geoPath({ stream: (output: GeoStream) => projection.stream(decimated(output)) }).digits(1);
  const shapes = collection.features
    .map((feature) => {
      const [cx, cy] = path.centroid(feature);
      return {
        code: feature.properties.id.replace(/^KZ-/, ""),
        d: compactPath(path(feature) ?? ""),
        cx: Math.round(cx * 10) / 10,
        cy: Math.round(cy * 10) / 10,
        small: path.area(feature) < SMALL_AREA,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  cached = { width: MAP_WIDTH, height, shapes };
  return cached;
}
