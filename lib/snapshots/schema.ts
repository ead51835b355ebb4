// The figures a summary report shows, live or frozen in a snapshot. A snapshot keeps
// them as JSON in Snapshot.figures, in a VERSIONED shape ({ version: 1, ... }) that is validated
// on every read, so a report opened "as of" a snapshot gives the same numbers forever, and a
// future change of the live summary layer cannot silently change how old snapshots read.
// Every object is strict: the JSON may hold aggregate counts and region names only — no person,
// no IIN, no name of a worker (Law of RK "On personal data and their protection").
// No server-only imports: the publish form validates with the same schemas.
import { z } from "zod";
import { FIRST_REPORT_MONTH } from "@/lib/reports/period";
import { ProjectCategory, ProjectStatus, TargetMetric, WorkType } from "@/generated/prisma/enums";

const count = z.number().int().nonnegative();
const tenge = z.number().nonnegative();
const countsOf = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, count])) as Record<K, typeof count>);

export const targetMetrics = Object.values(TargetMetric);

/**
 * Targets of the programme years the figures count: every year that has targets, each metric's
 * targets summed (`years`; `year` is that year when there is one, else null). Snapshots frozen
 * before `years` was recorded hold the latest year's targets in `year` alone.
 */
export const targetsSchema = z.strictObject({
  year: z.number().int().nullable(),
  years: z.strictObject({ from: z.number().int(), to: z.number().int() }).nullable().optional(),
  values: z.partialRecord(z.enum(targetMetrics), count),
});

/** The figures of one scope: the country or a region. */
export const scopeFiguresSchema = z.strictObject({
  projects: count,
  projectsByStatus: countsOf(Object.values(ProjectStatus)),
  peopleEmployed: count,
  referred: count,
  youth: count,
  /** Young people among the referred: the letter's "из них ... молодых людей". */
  youthReferred: count,
  placements: count,
  /** People working during the month (a placement overlapping it): in figures as of a month's end only. */
  peopleWorking: count.optional(),
  commissioned: count,
  permanentJobs: count,
  permanentJobsFilled: count,
  plannedTemporaryJobs: count,
  plannedPermanentJobs: count,
  adjacentIndustryJobs: count.nullable(),
  allocated: tenge,
  disbursed: tenge,
  targets: targetsSchema,
});

export const monthPointSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  hires: count,
  newPeople: count,
  /** Added in December 2026: older snapshots do not have it. */
  peopleWorking: count.optional(),
  peopleEmployed: count,
  referred: count,
  youth: count,
  youthReferred: count,
  projectsStarted: count,
  projectsCompleted: count,
  projectsCommissioned: count,
  permanentJobs: count,
});

/** What only a full scope carries: breakdowns for the narrative and the monthly series for charts. */
export const scopeDetailSchema = z.strictObject({
  projectsByWorkType: countsOf(Object.values(WorkType)),
  projectsByCategory: countsOf(Object.values(ProjectCategory)),
  series: z.array(monthPointSchema),
});

export const regionIdentitySchema = z.strictObject({
  regionId: z.number().int().positive(),
  code: z.string().regex(/^\d{2}$/),
  nameRu: z.string(),
  nameKk: z.string(),
  nameEn: z.string(),
});

export const regionRowSchema = z.strictObject({ ...regionIdentitySchema.shape, ...scopeFiguresSchema.shape });
export const fullScopeSchema = z.strictObject({ ...scopeFiguresSchema.shape, ...scopeDetailSchema.shape });
export const fullRegionSchema = z.strictObject({ ...regionRowSchema.shape, ...scopeDetailSchema.shape });

/** Snapshot.figures, version 1: the country and every region, each with its series. */
export const snapshotFiguresV1Schema = z.strictObject({
  version: z.literal(1),
  /** The database's clock when the figures were read (ISO 8601). */
  asOf: z.iso.datetime({ offset: true }),
  national: fullScopeSchema,
  regions: z.array(fullRegionSchema),
});

/** Every version a stored snapshot may have; readers switch on `version`. */
export const snapshotFiguresSchema = z.discriminatedUnion("version", [snapshotFiguresV1Schema]);

export type Targets = z.infer<typeof targetsSchema>;
export type ScopeFigures = z.infer<typeof scopeFiguresSchema>;
export type MonthPoint = z.infer<typeof monthPointSchema>;
export type ScopeDetail = z.infer<typeof scopeDetailSchema>;
export type RegionIdentity = z.infer<typeof regionIdentitySchema>;
export type RegionRow = z.infer<typeof regionRowSchema>;
export type FullScope = z.infer<typeof fullScopeSchema>;
export type FullRegion = z.infer<typeof fullRegionSchema>;
export type SnapshotFigures = z.infer<typeof snapshotFiguresV1Schema>;

/** The publish form. */
export const publishSnapshotSchema = z.object({
  title: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  note: z
    .string()
    .trim()
    .max(2000, { error: "tooLong" })
    .optional()
    .transform((value) => (value ? value : null)),
  /** Empty: today's live figures; a programme month: as of its end, from the records' own dates. */
  asOf: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "invalid" }).refine((month) => month >= FIRST_REPORT_MONTH, { error: "invalid" }).optional(),
  ),
});
export type PublishSnapshotInput = z.infer<typeof publishSnapshotSchema>;

export const snapshotIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The report's URL: ?region=NN (KATO code) and ?snapshot=id; an invalid value is dropped so a
 *  mistyped link still opens the country's live report. */
export const reportParamsSchema = z.object({
  region: z.string().regex(/^\d{2}$/).optional().catch(undefined),
  snapshot: snapshotIdSchema.optional().catch(undefined),
  /** "As of the end of" a month of the programme (from April 2020), from the records' own dates. */
  asOf: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).refine((month) => month >= FIRST_REPORT_MONTH).optional().catch(undefined),
});
export type ReportParams = z.infer<typeof reportParamsSchema>;

/** ?from=&to= of the comparison page. */
export const compareParamsSchema = z.object({
  from: snapshotIdSchema.optional().catch(undefined),
  to: snapshotIdSchema.optional().catch(undefined),
});
