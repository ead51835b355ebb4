// Targets per programme year: 2020's are the seed letter's figures (reply to inquiry No. ДЗ-145),
// 2021's those of the continuation (figures.ts). National, and per region in proportion to
// population, the regional values summing exactly to the national one (largest remainder).
// Targets are the same whatever the demo scale.
import type { TargetMetric } from "@/generated/prisma/enums";
import { apportion } from "./apportion";
import { CONTINUATION_TARGETS, SEED_LETTER } from "./figures";
import type { DemoRegion } from "./projects";

export type TargetRow = { id: number; metric: TargetMetric; programmeYear: number; regionId: number | null; value: number };

const TARGETS_BY_YEAR: ReadonlyArray<readonly [number, Partial<Record<TargetMetric, number>>]> = [
  [2020, SEED_LETTER],
  [2021, CONTINUATION_TARGETS],
];

export function generateTargets(regions: DemoRegion[]): TargetRow[] {
  const rows: TargetRow[] = [];
  const populations = regions.map((r) => r.entry.population);
  for (const [programmeYear, targets] of TARGETS_BY_YEAR) {
    for (const [metric, value] of Object.entries(targets) as Array<[TargetMetric, number]>) {
      rows.push({ id: rows.length + 1, metric, programmeYear, regionId: null, value });
      apportion(value, populations).forEach((share, i) => {
        rows.push({ id: rows.length + 1, metric, programmeYear, regionId: regions[i]!.id, value: share });
      });
    }
  }
  return rows;
}
