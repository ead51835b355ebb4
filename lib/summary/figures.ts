// Turns rows of the figures query into Figures. Pure, so it is unit-tested without a database.
import { fundingSources, type Figures, type SourceFunding } from "./schema";
import type { FundingSource } from "@/generated/prisma/enums";

export type FiguresRow = {
  key: string;
  code: string | null;
  name_ru: string | null;
  name_kk: string | null;
  name_en: string | null;
  projects: number;
  planned: number;
  in_progress: number;
  completed: number;
  commissioned: number;
  suspended: number;
  planned_temporary: number;
  planned_permanent: number;
  people: number;
  referred: number;
  youth: number;
  youth_referred: number;
  placements: number;
  jobs: number;
  filled: number;
  /** source → [projects, allocated, disbursed] */
  funding: Partial<Record<FundingSource, [number, number, number]>> | null;
  adjacent: number | null;
  /** The transaction's clock: when the figures were read. */
  as_of: Date;
};

/** Tenge are summed as numeric(20, 2) and read as float8: exact below 2^53 / 100 ≈ 90 trillion. */
export function roundTenge(value: number): number {
  return Math.round(value * 100) / 100;
}

export function fundingBySource(funding: FiguresRow["funding"]): Record<FundingSource, SourceFunding> {
  const result = {} as Record<FundingSource, SourceFunding>;
  for (const source of fundingSources) {
    const [projects, allocated, disbursed] = funding?.[source] ?? [0, 0, 0];
    result[source] = { projects, allocated: roundTenge(allocated), disbursed: roundTenge(disbursed) };
  }
  return result;
}

export function toFigures(row: FiguresRow): Figures {
  const funding = fundingBySource(row.funding);
  const money = Object.values(funding);
  return {
    projects: row.projects,
    projectsByStatus: {
      PLANNED: row.planned,
      IN_PROGRESS: row.in_progress,
      COMPLETED: row.completed,
      COMMISSIONED: row.commissioned,
      SUSPENDED: row.suspended,
    },
    peopleEmployed: row.people,
    referred: row.referred,
    youth: row.youth,
    youthReferred: row.youth_referred,
    placements: row.placements,
    commissioned: row.commissioned,
    permanentJobs: row.jobs,
    permanentJobsFilled: row.filled,
    plannedTemporaryJobs: row.planned_temporary,
    plannedPermanentJobs: row.planned_permanent,
    funding,
    allocated: roundTenge(money.reduce((sum, m) => sum + m.allocated, 0)),
    disbursed: roundTenge(money.reduce((sum, m) => sum + m.disbursed, 0)),
    adjacentIndustryJobs: row.adjacent,
  };
}

/** A row with nothing in it (e.g. the "no district" row of a region whose projects all have one). */
export function isEmptyFigures(figures: Figures): boolean {
  return figures.projects === 0 && figures.placements === 0 && figures.allocated === 0 && figures.disbursed === 0;
}
