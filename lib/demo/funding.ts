// Money per project and source: republican and local budgets for every project, bond loans
// where the akimat issued them, other sources for a few. Disbursed follows the works' status.
// On purpose, about one funding row in 1,500 has more disbursed than allocated (by 1–12%):
// those rows exist so that the data-quality checks of the portal have something to find.
// They are listed in `FundingPlan.overspent`.
import type { FundingSource } from "@/generated/prisma/enums";
import type { DemoProject } from "./projects";
import { Random } from "./random";
import { REGION_FLAVOUR } from "./vocabulary/regionFlavour";

export type FundingRow = { id: number; projectId: number; source: FundingSource; allocated: number; disbursed: number };
export type FundingPlan = { rows: FundingRow[]; overspent: string[] };

export const OVERSPENT_SHARE = 1 / 1500;

const DISBURSED: Record<string, [number, number]> = {
  COMPLETED: [0.93, 1], COMMISSIONED: [0.95, 1], IN_PROGRESS: [0.3, 0.85], SUSPENDED: [0.1, 0.5], PLANNED: [0, 0.05],
};

export function generateFunding(projects: DemoProject[]): FundingPlan {
  const rng = new Random("funding");
  const rows: FundingRow[] = [];
  const overspent: string[] = [];
  for (const project of projects) {
    const total = project.costTenge;
    const bonds = rng.chance(REGION_FLAVOUR[project.region.entry.code]!.bondShare) ? roundThousand(total * rng.real(0.2, 0.6)) : 0;
    const other = rng.chance(0.06) ? roundThousand(total * rng.real(0.03, 0.15)) : 0;
    const republican = roundThousand((total - bonds - other) * rng.real(0.55, 0.85));
    const local = total - bonds - other - republican;
    const shares: Array<[FundingSource, number]> = [["REPUBLICAN_BUDGET", republican], ["LOCAL_BUDGET", local], ["BOND_LOANS", bonds], ["OTHER", other]];
    const [low, high] = DISBURSED[project.status]!;
    for (const [source, allocated] of shares) {
      if (allocated <= 0) continue;
      let disbursed = roundThousand(allocated * Math.min(1, rng.real(low, high)));
      if (rng.chance(OVERSPENT_SHARE) && project.status !== "PLANNED") {
        disbursed = roundThousand(allocated * rng.real(1.01, 1.12));
        overspent.push(`${project.code} ${source}`);
      }
      rows.push({ id: rows.length + 1, projectId: project.id, source, allocated, disbursed });
    }
  }
  return { rows, overspent };
}

const roundThousand = (value: number) => Math.round(value / 1000) * 1000;
