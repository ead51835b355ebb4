// The dashboard filter's vocabulary and URL names, without the schema that parses them (zod): the
// filter form in the browser needs these and not zod's 31 KB (npm run bench:browser).
import { CATEGORIES, FUNDING_SOURCES, WORK_TYPES } from "@/lib/projects/vocabulary";

export const categories = CATEGORIES;
export const workTypes = WORK_TYPES;
export const fundingSources = FUNDING_SOURCES;

/** Names of the filter's search parameters in the URL. */
export const filterParams = {
  programmeYear: "year",
  regionId: "region",
  districtId: "district",
  category: "category",
  workType: "workType",
  fundingSource: "source",
} as const;
