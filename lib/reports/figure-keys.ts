// The monthly report's figures by name, without the schema of frozen figures (zod): pages that
// only format figures (the dashboard's cards) load these in the browser, and not zod's 31 KB.
export const FIGURE_KEYS = [
  "projectsInWork",
  "projectsSuspended",
  "projectsStarted",
  "projectsCompleted",
  "projectsCommissioned",
  "hires",
  "peopleWorking",
  "hiresReferred",
  "hiresYouth",
  "peopleEmployed",
  "referred",
  "youth",
  "youthReferred",
  "permanentJobsCreated",
  "permanentJobs",
  "allocated",
  "disbursed",
  "adjacentIndustryJobs",
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type MonthFigures = Record<FigureKey, number>;

/** Figures in tenge (shown as money); the rest are counts. */
export const MONEY_FIGURES: ReadonlySet<FigureKey> = new Set(["allocated", "disbursed"]);

/** Groups of the figures table, in order. */
export const FIGURE_GROUPS: ReadonlyArray<{ group: "projects" | "people" | "jobs" | "money"; keys: readonly FigureKey[] }> = [
  { group: "projects", keys: ["projectsInWork", "projectsSuspended", "projectsStarted", "projectsCompleted", "projectsCommissioned"] },
  { group: "people", keys: ["peopleWorking", "hires", "hiresReferred", "hiresYouth", "peopleEmployed", "referred", "youth", "youthReferred"] },
  { group: "jobs", keys: ["permanentJobsCreated", "permanentJobs", "adjacentIndustryJobs"] },
  { group: "money", keys: ["allocated", "disbursed"] },
];

/**
 * Figures added to reports after the first submissions: a report frozen before holds none of
 * them, and shows each as "not recorded at submission" (never today's value in its place).
 */
export const ADDED_LATER: ReadonlySet<FigureKey> = new Set(["projectsSuspended", "peopleWorking"]);
