// Small formatting helpers shared by the reports and checks screens (no I/O, no hooks).
import { MONEY_FIGURES, type FigureKey } from "@/lib/reports/figure-keys";
import { monthStartDate, type MonthKey } from "@/lib/reports/period";

/** The month as a Date for the formatter; format it with timeZone "UTC" (it is a calendar month). */
export function monthAsDate(key: MonthKey): Date {
  return monthStartDate(key);
}

export const MONTH_LONG = { month: "long", year: "numeric", timeZone: "UTC" } as const;
export const MONTH_SHORT = { month: "short", timeZone: "UTC" } as const;
export const DAY_LONG = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const;

type NumberFormatter = { number(value: number, options?: Intl.NumberFormatOptions): string };

/** A report figure as shown: money in millions of tenge with one decimal, counts whole; `signed` for differences. */
export function figureText(format: NumberFormatter, key: FigureKey, value: number, signed = false): string {
  const signDisplay = signed ? "exceptZero" : "auto";
  return MONEY_FIGURES.has(key)
    ? format.number(value / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay })
    : format.number(value, { signDisplay });
}
