// Small formatting helpers shared by the reports and checks screens (no I/O, no hooks).
import { monthStartDate, type MonthKey } from "@/lib/reports/period";

/** The month as a Date for the formatter; format it with timeZone "UTC" (it is a calendar month). */
export function monthAsDate(key: MonthKey): Date {
  return monthStartDate(key);
}

export const MONTH_LONG = { month: "long", year: "numeric", timeZone: "UTC" } as const;
export const MONTH_SHORT = { month: "short", timeZone: "UTC" } as const;
export const DAY_LONG = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;
