// One row of a placements file → a placement ready to stage, or its errors. The rules are those
// of the placement form (lib/placements/rules.ts, same limits and error codes as
// lib/placements/schema.ts), checked here without zod: a 200,000-row file must be read in
// seconds, and a zod parse per row costs about as much as the whole import. Birth date and sex
// come from the IIN; youth is computed as age 14–35 on the hiring date (Law of RK No. 285-V
// "On state youth policy", art. 1), never read from the file.
import { ageOn, isYouthAt, parseIin, type Sex } from "@/lib/iin";
import { type CalendarDate } from "@/lib/iin/calendarDate";
import { addDays } from "@/lib/placements/days";
import { EARLIEST_HIRING_DAY, MAX_HIRING_DAYS_AHEAD, MIN_HIRING_AGE } from "@/lib/placements/rules";
import { PLACEMENT_COLUMNS } from "./columns";
import { fullNameProblem } from "@/lib/workers/schema";
import { readColumns, type RowError, type RowResult } from "./rows";
import { type CellValue, compareDays, formatDay } from "./values";

export type PlacementRow = {
  row: number;
  iin: string;
  fullName: string;
  birthDate: CalendarDate;
  sex: Sex;
  projectCode: string;
  hiredAt: CalendarDate;
  endedAt: CalendarDate | null;
  position: string | null;
  referred: boolean;
  referralNumber: string | null;
  unemployed: boolean;
  youth: boolean;
};

export function validatePlacementRow(row: number, record: Record<string, CellValue>, today: CalendarDate): RowResult<PlacementRow> {
  return placementRowValidator(today)(row, record);
}

/** The validator for a file read today (the latest hiring day allowed is worked out once). */
export function placementRowValidator(today: CalendarDate): (row: number, record: Record<string, CellValue>) => RowResult<PlacementRow> {
  const latestHiring = addDays(today, MAX_HIRING_DAYS_AHEAD);
  return (row, record) => checkPlacement(row, record, latestHiring);
}

function checkPlacement(row: number, record: Record<string, CellValue>, latestHiring: CalendarDate): RowResult<PlacementRow> {
  const { values, errors } = readColumns(row, PLACEMENT_COLUMNS, record);
  const add = (column: string, code: string, value: string, params?: RowError["params"]) => errors.push({ row, column, value, code, params });
  const hired = values.hiredAt as CalendarDate | null;
  const ended = values.endedAt as CalendarDate | null;
  if (hired && compareDays(hired, EARLIEST_HIRING_DAY) < 0) add("hiredAt", "hiredBeforeProgramme", formatDay(hired), { date: formatDay(EARLIEST_HIRING_DAY) });
  if (hired && compareDays(hired, latestHiring) > 0) add("hiredAt", "hiredTooFarAhead", formatDay(hired), { days: MAX_HIRING_DAYS_AHEAD });
  if (hired && ended && compareDays(ended, hired) < 0) add("endedAt", "endBeforeHire", formatDay(ended));
  const fullName = values.fullName as string | null;
  const nameProblem = fullName ? fullNameProblem(fullName) : null;
  if (nameProblem) add("fullName", nameProblem, fullName!);
  const referred = (values.referredByEmploymentCentre as boolean | null) ?? false;
  const referralNumber = (values.referralNumber as string | null) || null;
  // The referral document's number is what the employment centre checks the report against.
  if (referred && !referralNumber && !errors.some((e) => e.column === "referralNumber")) add("referralNumber", "referralNumberRequired", "");
  const iin = values.iin as string | null;
  const person = iin ? parseIin(iin) : null;
  if (person && hired && ageOn(person.birth, hired) < MIN_HIRING_AGE) add("iin", "underMinimumAge", iin!, { age: MIN_HIRING_AGE });
  if (errors.length || !person || !hired) return { ok: false, errors };
  return {
    ok: true,
    value: {
      row,
      iin: iin!,
      fullName: fullName!,
      birthDate: person.birth,
      sex: person.sex,
      // Project codes are stored upper case (lib/projects/schema.ts): "dkz-…" is "DKZ-…".
      projectCode: (values.projectCode as string).toUpperCase(),
      hiredAt: hired,
      endedAt: ended,
      position: (values.position as string | null) || null,
      referred,
      referralNumber: referred ? referralNumber : null,
      unemployed: (values.unemployedBeforeHiring as boolean | null) ?? false,
      youth: isYouthAt(person.birth, hired),
    },
  };
}
