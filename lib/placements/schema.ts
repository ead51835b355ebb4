// The placement form (add a worker to a project, correct a placement): one zod schema validates
// it in the browser and in the server action. What is typed: IIN, full name, position, dates,
// referral. What is DERIVED, never typed: birth date and sex (from the IIN) and youth at hiring
// (14–35 on the hiring date, Law No. 285-V "On state youth policy", art. 1). Error messages are
// codes of the "placements.errors" namespace (falling back to the shared "errors").
import { z } from "zod";
import { ageOn, isYouthAt, parseIin, type CalendarDate } from "@/lib/iin";
import { fullNameSchema, iinSchema } from "@/lib/workers/schema";
import { addDays, dayToDate, parseDay } from "./days";
import { EARLIEST_HIRING_DAY, MAX_HIRING_DAYS_AHEAD, MIN_HIRING_AGE, POSITION_MAX_LENGTH, REFERRAL_NUMBER_MAX_LENGTH } from "./rules";

/** The fields of the form, in the order they are shown; also the names of its inputs. */
export const PLACEMENT_FIELDS = [
  "iin",
  "fullName",
  "position",
  "hiredAt",
  "endedAt",
  "referredByEmploymentCentre",
  "referralNumber",
  "unemployedBeforeHiring",
] as const;
export type PlacementField = (typeof PLACEMENT_FIELDS)[number] | "projectCode";

const day = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .transform((text, ctx) => {
    const parsed = parseDay(text);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return parsed;
  });

const optionalDay = z.preprocess((value) => (value === "" || value === undefined ? null : value), day.nullable());

/** A checked checkbox sends "on"; an unchecked one sends nothing. */
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim().replace(/\s+/g, " ") || null : null),
    z.string().max(max, { error: "tooLong" }).nullable(),
  );

const fieldShape = {
  iin: iinSchema,
  fullName: fullNameSchema,
  position: optionalText(POSITION_MAX_LENGTH),
  hiredAt: day,
  endedAt: optionalDay,
  referredByEmploymentCentre: checkbox,
  referralNumber: optionalText(REFERRAL_NUMBER_MAX_LENGTH),
  unemployedBeforeHiring: checkbox,
};

/** Cross-field rules run when the fields they read are valid, so every field's error shows at once. */
function whenValid(...fields: string[]) {
  return (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}

const time = (value: CalendarDate) => dayToDate(value).getTime();

type PlacementFields = z.output<z.ZodObject<typeof fieldShape>>;

/** Birth date and sex from the IIN, days as Dates, youth computed; a dropped referral keeps no number. */
function derive(v: PlacementFields) {
  const person = parseIin(v.iin)!;
  return {
    birthDate: person.birthDate,
    sex: person.sex,
    hiredAt: dayToDate(v.hiredAt),
    endedAt: v.endedAt ? dayToDate(v.endedAt) : null,
    // A number typed and then un-ticked is not a referral: keep nothing.
    referralNumber: v.referredByEmploymentCentre ? v.referralNumber : null,
    youthAtHiring: isYouthAt(person.birth, v.hiredAt),
  };
}

// zod cannot name the fields of an object extended by a generic shape, hence `as PlacementFields`
// in the checks below: the base fields are always there, whatever `extra` adds.
function placementSchema<Extra extends z.ZodRawShape>(today: CalendarDate, extra: Extra) {
  const latestHiring = addDays(today, MAX_HIRING_DAYS_AHEAD);
  const f = (value: unknown) => value as PlacementFields;
  return z
    .object({ ...fieldShape, ...extra })
    .refine((v) => time(f(v).hiredAt) >= time(EARLIEST_HIRING_DAY), {
      path: ["hiredAt"],
      message: "hiredBeforeProgramme",
      when: whenValid("hiredAt"),
    })
    .refine((v) => time(f(v).hiredAt) <= time(latestHiring), {
      path: ["hiredAt"],
      message: "hiredTooFarAhead",
      when: whenValid("hiredAt"),
    })
    .refine((v) => f(v).endedAt === null || time(f(v).endedAt!) >= time(f(v).hiredAt), {
      path: ["endedAt"],
      message: "endBeforeHire",
      when: whenValid("hiredAt", "endedAt"),
    })
    // The referral document's number is what the employment centre checks the report against.
    .refine((v) => !f(v).referredByEmploymentCentre || f(v).referralNumber !== null, {
      path: ["referralNumber"],
      message: "referralNumberRequired",
      when: whenValid("referredByEmploymentCentre", "referralNumber"),
    })
    .refine((v) => ageOn(parseIin(f(v).iin)!.birth, f(v).hiredAt) >= MIN_HIRING_AGE, {
      path: ["iin"],
      message: "underMinimumAge",
      when: whenValid("iin", "hiredAt"),
    })
    .transform((v) => ({ ...v, ...derive(f(v)) }));
}

/** Adding a worker to a project (the project comes from the page, checked against the database). */
export function addPlacementSchema(today: CalendarDate) {
  return placementSchema(today, {});
}
export type PlacementInput = z.output<ReturnType<typeof addPlacementSchema>>;

/** Correcting a placement: every field, and the project it belongs to, by code (same region). */
export function editPlacementSchema(today: CalendarDate) {
  return placementSchema(today, {
    projectCode: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(32, { error: "tooLong" }),
  });
}
export type PlacementCorrection = z.output<ReturnType<typeof editPlacementSchema>>;

/** Ending a placement: the last day worked (checked against the hiring date in the mutation). */
export const endPlacementSchema = z.object({ endedAt: day.transform(dayToDate) });
export type PlacementEnd = z.output<typeof endPlacementSchema>;

/** Ids from hidden inputs and URLs: a bad one names no record. */
export const recordIdSchema = z.coerce.number({ error: "notFound" }).int({ error: "notFound" }).positive({ error: "notFound" });
