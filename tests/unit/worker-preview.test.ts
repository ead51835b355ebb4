// The live preview of the "add worker" form: first mistake while typing, and the youth rule's
// edge cases (Law No. 285-V, art. 1: 14 to 35 inclusive, age on the hiring day).
import { describe, expect, it } from "vitest";
import { makeIin } from "@/lib/iin";
import { previewWorker } from "@/lib/placements/worker-preview";

function iinBornOn(y: number, m: number, d: number, sex: "MALE" | "FEMALE" = "FEMALE"): string {
  for (let serial = 1; ; serial++) {
    const iin = makeIin({ y, m, d }, sex, serial);
    if (iin) return iin;
  }
}

describe("previewWorker while the IIN is typed", () => {
  it("says nothing for an empty field and counts digits while nothing is wrong", () => {
    expect(previewWorker("", "")).toEqual({ state: "empty" });
    expect(previewWorker("9001", "")).toEqual({ state: "incomplete", digits: 4 });
    expect(previewWorker("900 115 3", "")).toEqual({ state: "incomplete", digits: 7 });
  });

  it("reports a letter at once", () => {
    expect(previewWorker("90a", "")).toEqual({ state: "invalid", code: "iinDigits" });
  });

  it("reports a month 13 after four digits, a day 32 after six, before all 12 are typed", () => {
    expect(previewWorker("9013", "")).toEqual({ state: "invalid", code: "iinBirthDate" });
    expect(previewWorker("900132", "")).toEqual({ state: "invalid", code: "iinBirthDate" });
  });

  it("reports a 7th digit that names no century, and 29 February of a common year once the century is known", () => {
    expect(previewWorker("9001150", "")).toEqual({ state: "invalid", code: "iinCentury" });
    expect(previewWorker("9001157", "")).toEqual({ state: "invalid", code: "iinCentury" });
    expect(previewWorker("0102293", "")).toEqual({ state: "invalid", code: "iinBirthDate" }); // 1901 is common
    expect(previewWorker("0002295", "")).toEqual({ state: "incomplete", digits: 7 }); // 2000 is leap
  });

  it("reports a wrong check digit and a 13th digit", () => {
    const iin = iinBornOn(1990, 1, 15, "MALE");
    const wrong = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    expect(previewWorker(wrong, "")).toEqual({ state: "invalid", code: "iinChecksum" });
    expect(previewWorker(iin + "1", "")).toEqual({ state: "invalid", code: "iinLength" });
  });

  it("reads birth date and sex; age and youth wait for the hiring date", () => {
    const preview = previewWorker(iinBornOn(1990, 1, 15, "MALE"), "");
    expect(preview).toMatchObject({ state: "valid", sex: "MALE", age: null, youth: null });
    if (preview.state !== "valid") throw new Error("expected valid");
    expect(preview.birthDate.toISOString()).toBe("1990-01-15T00:00:00.000Z");
  });
});

describe("youth on the hiring date (14–35 inclusive)", () => {
  const born = iinBornOn(1985, 6, 10);

  it("is youth on the day before the 36th birthday, and not on the birthday", () => {
    expect(previewWorker(born, "2021-06-09")).toMatchObject({ age: 35, youth: true });
    expect(previewWorker(born, "2021-06-10")).toMatchObject({ age: 36, youth: false });
  });

  it("recomputes when only the hiring date changes", () => {
    expect(previewWorker(born, "2020-12-31")).toMatchObject({ youth: true });
    expect(previewWorker(born, "2021-07-01")).toMatchObject({ youth: false });
  });

  it("turns 14 on the hiring day: youth, and old enough to be hired", () => {
    const teen = iinBornOn(2007, 3, 1);
    expect(previewWorker(teen, "2021-03-01")).toMatchObject({ age: 14, youth: true, underMinimumAge: false });
    expect(previewWorker(teen, "2021-02-28")).toMatchObject({ age: 13, youth: false, underMinimumAge: true });
  });

  it("a person born on 29 February ages on 1 March in common years; the 36th birthday falls in a leap year", () => {
    const leapling = iinBornOn(1984, 2, 29);
    expect(previewWorker(leapling, "2019-02-28")).toMatchObject({ age: 34, youth: true });
    expect(previewWorker(leapling, "2019-03-01")).toMatchObject({ age: 35, youth: true });
    expect(previewWorker(leapling, "2020-02-28")).toMatchObject({ age: 35, youth: true });
    expect(previewWorker(leapling, "2020-02-29")).toMatchObject({ age: 36, youth: false });
  });

  it("someone born in 2000 (the young worker of the end-to-end tests) is youth in 2021", () => {
    expect(previewWorker(iinBornOn(2000, 5, 1, "MALE"), "2021-04-01")).toMatchObject({ age: 20, youth: true, sex: "MALE" });
  });

  it("ignores a hiring date that is not a date", () => {
    expect(previewWorker(born, "2021-02-30")).toMatchObject({ state: "valid", age: null, youth: null });
  });
});
