// BIN (business identification number, БИН): 12 digits with the same check digit as the IIN.
// Digits 1–2: registration year (YY), 3–4: registration month, 5: entity type (4 resident legal
// entity, 5 non-resident legal entity, 6 individual entrepreneur in joint business),
// 6: attribute (0 head organisation, 1 branch, 2 representative office, …), 7–11 serial.
import { checkDigit, hasValidCheckDigit } from "./checkDigit";

export type BinInvalidReason = "length" | "digits" | "registrationMonth" | "entityType" | "checksum";

export function binInvalidReason(s: string): BinInvalidReason | null {
  if (s.length !== 12) return "length";
  if (!/^\d{12}$/.test(s)) return "digits";
  const month = Number(s.slice(2, 4));
  if (month < 1 || month > 12) return "registrationMonth";
  if (!"456".includes(s[4]!)) return "entityType";
  if (!hasValidCheckDigit(s)) return "checksum";
  return null;
}

export function validateBin(s: string): boolean {
  return binInvalidReason(s) === null;
}

/** A BIN of a resident head organisation registered in `year`/`month`; null if no check digit exists. */
export function makeBin(year: number, month: number, serial: number, entityType: 4 | 5 | 6 = 4, attribute = 0): string | null {
  if (month < 1 || month > 12) throw new RangeError(`month must be 1..12, not ${month}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 99999) throw new RangeError(`serial must be 0..99999, not ${serial}`);
  const first11 =
    String(year % 100).padStart(2, "0") + String(month).padStart(2, "0") + String(entityType) + String(attribute % 10) + String(serial).padStart(5, "0");
  const check = checkDigit(first11);
  return check === null ? null : first11 + String(check);
}
