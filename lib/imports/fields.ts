// Reads one cell by its column's type (lib/imports/columns.ts). Region and district need the
// region catalogue and are read by the project row validator; everything else is here.
import { binInvalidReason, iinInvalidReason } from "@/lib/iin";
import type { CalendarDate } from "@/lib/iin/calendarDate";
import { type ColumnSpec, ENUM_CODES, isEnumType } from "./columns";
import { booleanOf, enumIndex, enumLabel, normaliseWord } from "./vocabulary";
import { type CellValue, cellText, compareDays, fail, formatDay, ok, type Read, readDay, readIdentifier, readInteger, readMoney, readNumber } from "./values";

export type FieldValue = string | number | boolean | CalendarDate | null;

/** Dates before this or after DATE_MAX are typing mistakes (0202 for 2020), not programme dates. */
export const DATE_MIN: CalendarDate = { y: 2000, m: 1, d: 1 };
export const DATE_MAX: CalendarDate = { y: 2100, m: 12, d: 31 };

const CODE = /^[\p{L}\p{N}][\p{L}\p{N}\-_./]*$/u;
const capitalise = (reason: string) => reason[0]!.toUpperCase() + reason.slice(1);

export function readDate(value: CellValue, min: CalendarDate = DATE_MIN, max: CalendarDate = DATE_MAX): Read<CalendarDate> {
  const day = readDay(value);
  if (!day.ok) return day;
  if (compareDays(day.value, min) < 0 || compareDays(day.value, max) > 0) {
    return fail("dateOutOfRange", { from: formatDay(min), to: formatDay(max) });
  }
  return day;
}

/** A non-blank cell read by its column's type; blank cells are handled by the caller. */
export function readField(spec: ColumnSpec, value: CellValue): Read<FieldValue> {
  const type = spec.type;
  if (isEnumType(type)) {
    const code = enumIndex(type).get(normaliseWord(cellText(value)));
    if (code) return ok(code);
    // The allowed values in Russian and as codes; the page shows the full list in every language.
    return fail("invalidChoice", { allowed: ENUM_CODES[type].map((c) => `${enumLabel("ru", type, c)} (${c})`).join(", ") });
  }
  switch (type) {
    case "text":
    case "code": {
      const text = cellText(value).replace(/\s+/g, " ");
      if (spec.maxLength && text.length > spec.maxLength) return fail("tooLong", { max: spec.maxLength });
      if (type === "code" && !CODE.test(text)) return fail("invalidCode");
      return ok(text);
    }
    case "iin": {
      const iin = readIdentifier(value);
      const reason = iinInvalidReason(iin);
      return reason ? fail(`iin${capitalise(reason)}`) : ok(iin);
    }
    case "bin": {
      const bin = readIdentifier(value);
      const reason = binInvalidReason(bin);
      return reason ? fail(`bin${capitalise(reason)}`) : ok(bin);
    }
    case "date":
      return readDate(value);
    case "int":
      return readInteger(value, 0, 1_000_000);
    case "money":
      return readMoney(value);
    case "boolean": {
      if (typeof value === "boolean") return ok(value);
      const flag = booleanOf(cellText(value));
      return flag === undefined ? fail("invalidBoolean") : ok(flag);
    }
    case "coordinate": {
      // Bounds and precision are the project form's (lib/projects/schema.ts).
      const number = readNumber(value);
      return number.ok ? ok(String(Math.round(number.value * 1e6) / 1e6)) : number;
    }
    case "region":
    case "district":
      return ok(cellText(value));
  }
}
