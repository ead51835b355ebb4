// IIN/BIN rules of docs/domain.md, youth per Law No. 285-V art. 1 (14..35 on the hiring day).
// Runs under TZ=Asia/Almaty (east of UTC) so that any use of local-time Date fields shows up as a wrong day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageOn,
  binInvalidReason,
  calendarDateIn,
  checkDigit,
  iinInvalidReason,
  isYouthAt,
  makeBin,
  makeIin,
  parseIin,
  usesSecondWeights,
  validateBin,
  validateIin,
} from "@/lib/iin";

describe("IIN check digit, computed by hand", () => {
  it("accepts 900515301234 (male, born 15.05.1990)", () => {
    // digits 9 0 0 5 1 5 3 0 1 2 3 × weights 1..11:
    // 9 + 0 + 0 + 20 + 5 + 30 + 21 + 0 + 9 + 20 + 33 = 147; 147 mod 11 = 4 → check digit 4.
    expect(checkDigit("90051530123")).toBe(4);
    expect(validateIin("900515301234")).toBe(true);
    expect(parseIin("900515301234")).toEqual({
      birthDate: new Date("1990-05-15T00:00:00.000Z"),
      birth: { y: 1990, m: 5, d: 15 },
      sex: "MALE",
    });
  });

  it("accepts 850312401808 (female, born 12.03.1985) through the second weight set", () => {
    // weights 1..11: 8 + 10 + 0 + 12 + 5 + 12 + 28 + 0 + 9 + 80 + 0 = 164; 164 mod 11 = 10 → fall back.
    // weights 3,4,5,6,7,8,9,10,11,1,2: 24 + 20 + 0 + 18 + 7 + 16 + 36 + 0 + 11 + 8 + 0 = 140;
    // 140 mod 11 = 8 → check digit 8.
    expect(usesSecondWeights("85031240180")).toBe(true);
    expect(checkDigit("85031240180")).toBe(8);
    expect(validateIin("850312401808")).toBe(true);
    expect(parseIin("850312401808")?.sex).toBe("FEMALE");
    expect(parseIin("850312401808")?.birthDate.toISOString()).toBe("1985-03-12T00:00:00.000Z");
  });

  it("has no check digit for 85031240181… (both sums are 10), so makeIin skips that serial", () => {
    // weights 1..11: 164 + 1×11 = 175; 175 mod 11 = 10.
    // second weights: 140 + 1×2 = 142; 142 mod 11 = 10 → no valid number with this prefix.
    expect(checkDigit("85031240181")).toBeNull();
    expect(makeIin({ y: 1985, m: 3, d: 12 }, "FEMALE", 181)).toBeNull();
    for (let d = 0; d <= 9; d++) expect(iinInvalidReason(`85031240181${d}`)).toBe("checksum");
  });

  it("rejects a wrong check digit", () => {
    expect(iinInvalidReason("900515301235")).toBe("checksum");
    expect(validateIin("900515301230")).toBe(false);
  });

  it("gives a reason code forms can translate", () => {
    expect(iinInvalidReason("90051530123")).toBe("length");
    expect(iinInvalidReason("9005153012345")).toBe("length");
    expect(iinInvalidReason("")).toBe("length");
    expect(iinInvalidReason("90051530123a")).toBe("digits");
    expect(iinInvalidReason("9005 5301234")).toBe("digits");
    expect(iinInvalidReason("900515001234")).toBe("century"); // digit 7 = 0 is not issued
    expect(iinInvalidReason("900515701234")).toBe("century");
    expect(iinInvalidReason("901315301234")).toBe("birthDate"); // month 13
    expect(iinInvalidReason("900231301234")).toBe("birthDate"); // 31 February
    expect(iinInvalidReason("010229501234")).toBe("birthDate"); // 2001 is not a leap year
    expect(iinInvalidReason("900515301234")).toBeNull();
    expect(parseIin("900515301235")).toBeNull();
  });

  it("reads the century and sex from digit 7", () => {
    const cases: Array<[number, string, number]> = [
      [1, "MALE", 1800], [2, "FEMALE", 1800], [3, "MALE", 1900], [4, "FEMALE", 1900], [5, "MALE", 2000], [6, "FEMALE", 2000],
    ];
    for (const [digit, sex, century] of cases) {
      const iin = makeIin({ y: century + 4, m: 7, d: 1 }, sex as "MALE" | "FEMALE", 10)!;
      expect(iin[6]).toBe(String(digit));
      expect(parseIin(iin)).toMatchObject({ sex, birth: { y: century + 4, m: 7, d: 1 } });
    }
  });

  it("accepts 29 February only in leap years", () => {
    expect(parseIin(makeIin({ y: 2000, m: 2, d: 29 }, "MALE", 1)!)?.birth).toEqual({ y: 2000, m: 2, d: 29 });
    expect(() => makeIin({ y: 1900, m: 2, d: 29 }, "MALE", 1)).toThrow(RangeError);
  });
});

describe("BIN", () => {
  it("accepts a hand-computed BIN and rejects its neighbours", () => {
    // 1 4 0 3 4 0 0 0 1 2 3 × weights 1..11:
    // 1 + 8 + 0 + 12 + 20 + 0 + 0 + 0 + 9 + 20 + 33 = 103; 103 mod 11 = 4 → 140340001234.
    expect(makeBin(2014, 3, 123)).toBe("140340001234");
    expect(validateBin("140340001234")).toBe(true);
    expect(binInvalidReason("140340001235")).toBe("checksum");
    expect(binInvalidReason("141340001234")).toBe("registrationMonth");
    expect(binInvalidReason("140310001234")).toBe("entityType");
    expect(binInvalidReason("14034000123")).toBe("length");
  });
});

describe("age and youth on the day of hiring (Law No. 285-V, art. 1: 14 to 35)", () => {
  const born = new Date("1985-03-12T00:00:00.000Z");

  it("is youth on the 35th birthday and up to the eve of the 36th", () => {
    expect(ageOn(born, new Date("2020-03-12T00:00:00Z"))).toBe(35);
    expect(isYouthAt(born, new Date("2020-03-12T00:00:00Z"))).toBe(true);
    expect(isYouthAt(born, { y: 2021, m: 3, d: 11 })).toBe(true);
  });

  it("is no longer youth on the 36th birthday and the day after it", () => {
    expect(ageOn(born, { y: 2021, m: 3, d: 12 })).toBe(36);
    expect(isYouthAt(born, { y: 2021, m: 3, d: 12 })).toBe(false);
    expect(isYouthAt(born, new Date("2021-03-13T00:00:00Z"))).toBe(false);
  });

  it("starts on the 14th birthday", () => {
    expect(isYouthAt({ y: 2006, m: 6, d: 1 }, { y: 2020, m: 5, d: 31 })).toBe(false);
    expect(isYouthAt({ y: 2006, m: 6, d: 1 }, { y: 2020, m: 6, d: 1 })).toBe(true);
  });

  it("lets a person born on 29 February age on 1 March in common years", () => {
    expect(ageOn({ y: 2000, m: 2, d: 29 }, { y: 2014, m: 2, d: 28 })).toBe(13);
    expect(ageOn({ y: 2000, m: 2, d: 29 }, { y: 2014, m: 3, d: 1 })).toBe(14);
    expect(ageOn({ y: 2000, m: 2, d: 29 }, { y: 2016, m: 2, d: 29 })).toBe(16);
  });

  it("reads Dates as calendar days whatever the process time zone", () => {
    // Almaty was UTC+6 in 2020 (UTC+5 since March 2024): 2020-03-11T20:00Z was already the 12th
    // there, 17:30Z was still the 11th. calendarDateIn says which day it is, explicitly.
    expect(calendarDateIn(new Date("2020-03-11T20:00:00Z"))).toEqual({ y: 2020, m: 3, d: 12 });
    expect(calendarDateIn(new Date("2020-03-11T17:30:00Z"))).toEqual({ y: 2020, m: 3, d: 11 });
    expect(parseIin("850312401808")!.birthDate.getTime()).toBe(Date.UTC(1985, 2, 12));
  });
});

describe("properties", () => {
  const birth = fc
    .record({ y: fc.integer({ min: 1800, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d);
  const sex = fc.constantFrom("MALE" as const, "FEMALE" as const);
  const serial = fc.integer({ min: 0, max: 9999 });
  const validIin = fc
    .tuple(birth, sex, serial)
    .map(([b, s, n]) => makeIin(b, s, n))
    .filter((iin): iin is string => iin !== null);

  it("every generated IIN validates and gives back its birth date and sex", () => {
    fc.assert(
      fc.property(birth, sex, serial, (b, s, n) => {
        const iin = makeIin(b, s, n);
        if (iin === null) return checkDigit(makeFirst11(b, s, n)) === null;
        const parsed = parseIin(iin);
        return validateIin(iin) && parsed !== null && parsed.sex === s && parsed.birthDate.getTime() === Date.UTC(b.y, b.m - 1, b.d);
      }),
      { numRuns: 2000 },
    );
  });

  // Why a single changed digit can still validate. The weights 1..11 are taken modulo 11, and the
  // 11th weight is 11 ≡ 0: under the first weight set the 11th digit (the last of the serial)
  // does not enter the check digit at all, so changing it gives another valid IIN. Every other
  // position has a weight that is invertible mod 11, so its change moves the first sum; it goes
  // unnoticed only when the change makes either number fall back to the second weight set
  // (first sum = 10), where the second sum may hit the same check digit by chance. The check
  // digit itself (position 12) is always caught. Changes that survive in positions 1–7 yield a
  // different birth date or sex, which the placement form shows next to the IIN ("flagged"):
  // that is the only defence the scheme leaves against such typos.
  it("every single-digit change is caught, or falls in one of the documented blind spots and is flagged", () => {
    fc.assert(
      fc.property(validIin, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (iin, index, shift) => {
        const digit = (Number(iin[index]) + shift) % 10;
        const changed = iin.slice(0, index) + String(digit) + iin.slice(index + 1);
        if (!validateIin(changed)) return true;
        const position = index + 1;
        if (position === 12) return false;
        if (position === 11) return !usesSecondWeights(iin);
        if (!usesSecondWeights(iin) && !usesSecondWeights(changed)) return false;
        if (position <= 7) {
          const a = parseIin(iin)!;
          const b = parseIin(changed)!;
          return a.sex !== b.sex || a.birthDate.getTime() !== b.birthDate.getTime();
        }
        return true;
      }),
      { numRuns: 20000 },
    );
  });

  it("the blind spots are exactly as described: 11th digit under the first weight set, or a weight-set switch", () => {
    // 900515301234 uses the first weight set: any 11th digit keeps it valid (147 + 11k ≡ 4 mod 11).
    for (let d = 0; d <= 9; d++) expect(validateIin(`9005153012${d}4`)).toBe(true);
    // 850312401808 uses the second set (weight 2 for the 11th digit): each 11th-digit change is caught.
    for (let d = 1; d <= 9; d++) expect(validateIin(`8503124018${d}8`)).toBe(false);
  });
});

function makeFirst11(b: { y: number; m: number; d: number }, s: "MALE" | "FEMALE", n: number): string {
  const centuryDigit = 1 + 2 * Math.floor((b.y - 1800) / 100) + (s === "MALE" ? 0 : 1);
  const pad = (v: number, w: number) => String(v).padStart(w, "0");
  return pad(b.y % 100, 2) + pad(b.m, 2) + pad(b.d, 2) + String(centuryDigit) + pad(n, 4);
}
