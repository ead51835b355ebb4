// What the narrative is written from: the headline figures of one scope (the country or a
// region), live or frozen in a snapshot. No personal data: counts only.
import type { WorkType } from "@/generated/prisma/enums";

export type NarrativeLocale = "ru" | "kk" | "en";

export const narrativeLocales = ["ru", "kk", "en"] as const satisfies readonly NarrativeLocale[];

export type NarrativeFigures = {
  projects: number;
  projectsByWorkType: Record<WorkType, number>;
  peopleEmployed: number;
  /** People referred by public employment centres. */
  referred: number;
  /** Young people (14–35 at hiring) among the referred: the letter's "из них ... молодых людей". */
  youthReferred: number;
  /** Objects commissioned (projects in status COMMISSIONED). */
  commissioned: number;
  /** Permanent jobs created at commissioned objects. */
  permanentJobs: number;
  /** Permanent jobs the projects plan to create in total. */
  plannedPermanentJobs: number;
  /** Reported by the regions (Order No. 55-р); null when unknown for the scope. */
  adjacentIndustryJobs: number | null;
};

export type NarrativeContext = {
  /** The moment the figures describe. */
  asOf: Date;
  /** A region's name in the narrative's language; absent for the whole country. */
  regionName?: string | null;
};
