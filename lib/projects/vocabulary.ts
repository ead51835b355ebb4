// The words a project is described with, in one place: the codes of its category, type of works,
// funding sources and status, and the programme years the portal accepts. The form, the registry
// filter, the dashboard filter and the spreadsheet import all read them from here, so a code or a
// year bound cannot be accepted in one door and refused in another. Pure; safe in the browser.
import type { FundingSource, ProjectCategory, WorkType } from "@/generated/prisma/enums";
import { PROJECT_STATUSES } from "./status";

export { PROJECT_STATUSES };
export const CATEGORIES = ["SOCIAL", "COMMUNAL", "TRANSPORT"] as const satisfies readonly ProjectCategory[];
export const WORK_TYPES = ["NEW_CONSTRUCTION", "CAPITAL_REPAIR", "CURRENT_REPAIR"] as const satisfies readonly WorkType[];
export const FUNDING_SOURCES = ["REPUBLICAN_BUDGET", "LOCAL_BUDGET", "BOND_LOANS", "OTHER"] as const satisfies readonly FundingSource[];

/** Programme years the portal accepts: the Roadmap started in 2020 (Order No. 55-р). */
export const PROGRAMME_YEARS = { min: 2020, max: 2035 } as const;

/** The longest text each project field takes, in the form and in the import's columns alike. */
export const PROJECT_TEXT_LIMITS = { code: 32, name: 500, settlement: 200, contractorName: 300 } as const;
