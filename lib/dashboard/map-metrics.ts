// What the regions map can be coloured by. Pure: the server computes every region's values once
// and the map component switches between them without asking again.
import type { PlaceRow } from "./table-rows";
import { sharePercent } from "./percent";

export const mapMetrics = [
  "peopleEmployed",
  "peopleEmployedPercent",
  "referredShare",
  "youthAmongAll",
  "projects",
  "objectsCommissioned",
  "permanentJobs",
  "adjacentIndustryJobs",
] as const;

export type MapMetric = (typeof mapMetrics)[number];

/** Metrics shown as a percentage (the others are counts). */
export const percentMapMetrics: ReadonlySet<MapMetric> = new Set(["peopleEmployedPercent", "referredShare"]);

export function isMapMetric(value: unknown): value is MapMetric {
  return typeof value === "string" && (mapMetrics as readonly string[]).includes(value);
}

export function mapValues(row: PlaceRow): Record<MapMetric, number | null> {
  const people = row.values.peopleEmployed;
  const referred = row.values.referredByEmploymentCentres;
  return {
    peopleEmployed: people,
    peopleEmployedPercent: row.percents.peopleEmployed,
    // Share of the people employed who were sent by employment centres (the programme aimed at
    // half), one decimal.
    referredShare: sharePercent(referred, people),
    youthAmongAll: row.values.youthAmongAll,
    projects: row.values.projects,
    objectsCommissioned: row.values.objectsCommissioned,
    permanentJobs: row.values.permanentJobs,
    adjacentIndustryJobs: row.values.adjacentIndustryJobs,
  };
}
