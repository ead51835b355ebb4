// Targets of programme year 2020 from the seed letter (reply to inquiry No. ДЗ-145): national,
// and per region in proportion to population, the regional values summing exactly to the
// national one (largest remainder). Targets are the letter's figures whatever the demo scale.
import type { TargetMetric } from "@/generated/prisma/enums";
import { apportion } from "./apportion";
import { SEED_LETTER } from "./figures";
import type { DemoRegion } from "./projects";

export type TargetRow = { id: number; metric: TargetMetric; programmeYear: number; regionId: number | null; value: number };

export function generateTargets(regions: DemoRegion[]): TargetRow[] {
  const rows: TargetRow[] = [];
  const populations = regions.map((r) => r.entry.population);
  for (const [metric, value] of Object.entries(SEED_LETTER) as Array<[TargetMetric, number]>) {
    rows.push({ id: rows.length + 1, metric, programmeYear: 2020, regionId: null, value });
    apportion(value, populations).forEach((share, i) => {
      rows.push({ id: rows.length + 1, metric, programmeYear: 2020, regionId: regions[i]!.id, value: share });
    });
  }
  return rows;
}
