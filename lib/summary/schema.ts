// The dashboard filter: programme year, region, district, category, work type and
// funding source. It lives in the URL so that a view can be shared by link; this schema reads it
// and imports nothing server-only, so pages, client components and loaders share it.
import { z } from "zod";
import type { FundingSource, ProjectCategory, ProjectStatus, WorkType } from "@/generated/prisma/enums";
import { PROGRAMME_YEARS } from "@/lib/projects/vocabulary";
import { categories, filterParams, fundingSources, workTypes } from "./filter-params";

export { categories, filterParams, fundingSources, workTypes };

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const dashboardFilterSchema = z.object({
  programmeYear: z.coerce.number().int().min(PROGRAMME_YEARS.min).max(PROGRAMME_YEARS.max).optional(),
  regionId: id.optional(),
  districtId: id.optional(),
  category: z.enum(categories).optional(),
  workType: z.enum(workTypes).optional(),
  fundingSource: z.enum(fundingSources).optional(),
});

export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

// Checked here, where the filter's type is: one URL name per filter field.
filterParams satisfies Record<keyof DashboardFilter, string>;

export type ProjectStatusCounts = Record<ProjectStatus, number>;

export type SourceFunding = { projects: number; allocated: number; disbursed: number };

/** One set of dashboard figures: for the country, a region, a district or a breakdown row. */
export type Figures = {
  projects: number;
  projectsByStatus: ProjectStatusCounts;
  /** Distinct people with at least one placement (one person on two projects is one person). */
  peopleEmployed: number;
  /** Distinct people with at least one placement referred by an employment centre. */
  referred: number;
  /** Distinct people aged 14–35 at hiring on at least one placement (Law No. 285-V, art. 1). */
  youth: number;
  /** Distinct people with a placement that is both referred and youth ("из них" молодёжь). */
  youthReferred: number;
  placements: number;
  /** Objects commissioned: projects in status COMMISSIONED. */
  commissioned: number;
  permanentJobs: number;
  permanentJobsFilled: number;
  plannedTemporaryJobs: number;
  plannedPermanentJobs: number;
  /** Tenge, per source; `projects` counts projects with money allocated from the source. */
  funding: Record<FundingSource, SourceFunding>;
  allocated: number;
  disbursed: number;
  /**
   * Jobs in adjacent industries as reported by the regions (latest report that has left DRAFT,
   * per region; Order No. 55-р). Null where it cannot be split: by category, work type, funding
   * source or district.
   */
  adjacentIndustryJobs: number | null;
};

export type RegionFigures = Figures & { regionId: number; code: string; nameRu: string; nameKk: string; nameEn: string };

/** districtId null: projects of the region without a district. */
export type DistrictFigures = Figures & { districtId: number | null; nameRu: string | null; nameKk: string | null; nameEn: string | null };

export type Breakdowns = {
  byCategory: Array<Figures & { category: ProjectCategory }>;
  byWorkType: Array<Figures & { workType: WorkType }>;
  bySource: Array<SourceFunding & { source: FundingSource }>;
};

/** One month of the trends; cumulative fields count from the start of the programme. */
export type MonthPoint = {
  /** "YYYY-MM" */
  month: string;
  hires: number;
  /** People hired for the first time in the filtered projects in this month. */
  newPeople: number;
  /**
   * People working during the month: distinct people with a placement that overlaps it (hired by
   * its last day and not ended before its first; a placement with no end date has not ended).
   * A person on two projects in the same month counts once.
   */
  peopleWorking: number;
  peopleEmployed: number;
  referred: number;
  youth: number;
  youthReferred: number;
  projectsStarted: number;
  projectsCompleted: number;
  projectsCommissioned: number;
  permanentJobs: number;
};
