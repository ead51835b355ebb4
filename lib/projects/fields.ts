// Field parsers for the project and permanent-job forms: what a person types in a browser form
// (or an import engineer passes from a spreadsheet cell) becomes a typed value or an error CODE.
// No server-only imports: the same parsers run in the browser and in the server action.
import { z } from "zod";
import { calendarDateIn, utcDate } from "@/lib/iin";

/** "" and whitespace mean "not given". */
export function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  return value;
}

export const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required", abort: true }).max(max, { error: "tooLong", abort: true });

export const optionalText = (max: number) =>
  z.preprocess(blankToNull, z.string({ error: "invalid" }).trim().max(max, { error: "tooLong" }).nullable());

/** A calendar day from a date input ("YYYY-MM-DD") or a typed "DD.MM.YYYY", as UTC midnight. */
export function parseDay(text: string): Date | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!y || !m || !d) return null;
  const date = utcDate({ y: Number(y), m: Number(m), d: Number(d) });
  // Rejects 31.02 and the like: Date.UTC would roll them over into the next month.
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() + 1 !== Number(m)) return null;
  if (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) return null;
  return date;
}

/** "YYYY-MM-DD" of a stored @db.Date value (UTC midnight), for inputs and audit snapshots. */
export function dayText(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Today in Kazakhstan (Asia/Almaty), as the UTC-midnight Date of that calendar day. */
export function todayInKazakhstan(now: Date = new Date()): Date {
  return utcDate(calendarDateIn(now));
}

function toDayInput(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid" : dayText(value);
  return blankToNull(value);
}

export const optionalDay = z.preprocess(
  toDayInput,
  z
    .string({ error: "invalidDate" })
    .nullable()
    .transform((text, ctx) => {
      if (text === null) return null;
      const day = parseDay(text);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return day;
    }),
);

export const requiredDay = optionalDay.pipe(z.date({ error: "required" }));

/** Numbers as people type them: "1 234,5" (Russian) or "1234.5"; no thousands commas. */
export function normaliseNumber(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return value;
  return value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
}

/** A whole number in [min, max]; blank gives `blank`. */
export const wholeNumber = (min: number, max: number, blank: number | null = null) =>
  z.preprocess(
    (value) => {
      const given = blankToNull(value);
      if (given === null) return blank;
      const text = normaliseNumber(given);
      return typeof text === "string" && /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    },
    z
      .number({ error: (issue) => (issue.input === null ? "required" : "invalidNumber") })
      .int({ error: "invalidNumber" })
      .min(min, { error: "tooSmall" })
      .max(max, { error: "tooBig" }),
  );

/** A decimal number with up to `scale` places; blank gives null. */
export const decimalNumber = (min: number, max: number, scale: number) =>
  z.preprocess(
    (value) => {
      const given = blankToNull(value);
      if (given === null) return null;
      const text = normaliseNumber(given);
      const pattern = new RegExp(`^-?\\d+(\\.\\d{1,${scale}})?$`);
      return typeof text === "string" && pattern.test(text) ? Number(text) : Number.NaN;
    },
    z.number({ error: "invalidNumber" }).min(min, { error: "outOfRange" }).max(max, { error: "outOfRange" }).nullable(),
  );

/**
 * Tenge with up to 2 decimals, kept as a normalised string ("1234567.89") so that sums of
 * large budgets never pass through binary floating point; blank is "0".
 * Decimal(16, 2) holds up to 14 whole digits.
 */
export const tenge = z.preprocess(
  (value) => {
    const given = blankToNull(value);
    return given === null ? "0" : normaliseNumber(given);
  },
  z
    .string({ error: "invalidNumber" })
    .regex(/^\d{1,14}(\.\d{1,2})?$/, { error: (issue) => (String(issue.input).startsWith("-") ? "tooSmall" : "invalidNumber") })
    .transform((text) => {
      const [whole = "0", fraction = ""] = text.split(".");
      return `${BigInt(whole).toString()}.${fraction.padEnd(2, "0")}`;
    }),
);

/** Tenge as a whole number of tiyn, for exact comparisons. */
export function tiyn(amount: string): bigint {
  const [whole = "0", fraction = ""] = amount.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2) || "0");
}

/** A checkbox: "on"/"true"/true is checked, anything else is not. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());

/** An enum from a <select>: blank is "required", a forged value "invalid". */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (value) => blankToNull(value) ?? undefined,
    z.enum(values, { error: (issue) => (issue.input === undefined ? "required" : "invalid") }),
  );
}

/** A positive database id from a <select>; blank gives null. */
export const optionalId = z.preprocess(
  (value) => {
    const given = blankToNull(value);
    return given === null ? null : /^\d+$/.test(String(given)) ? Number(given) : Number.NaN;
  },
  z.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }).nullable(),
);

export const requiredId = optionalId.pipe(z.number({ error: "required" }));
