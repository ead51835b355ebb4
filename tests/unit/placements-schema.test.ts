// The placement form's schema: every field's error at once, derived values never typed.
import { describe, expect, it } from "vitest";
import { makeIin } from "@/lib/iin";
import { fieldErrors } from "@/lib/forms/state";
import { addPlacementSchema, editPlacementSchema, endPlacementSchema } from "@/lib/placements/schema";

const today = { y: 2021, m: 3, d: 15 };
const young = makeIin({ y: 2000, m: 5, d: 1 }, "MALE", 1)!;
const valid = { iin: young, fullName: "  Нурланов   Ерлан ", hiredAt: "2021-03-01" };

function errorsOf(input: Record<string, unknown>) {
  const result = addPlacementSchema(today).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe("addPlacementSchema", () => {
  it("derives birth date, sex and youth from the IIN and the hiring date", () => {
    const parsed = addPlacementSchema(today).parse({ ...valid, birthDate: "1950-01-01", sex: "FEMALE", youthAtHiring: "false" });
    expect(parsed).toMatchObject({ fullName: "Нурланов Ерлан", sex: "MALE", youthAtHiring: true, referredByEmploymentCentre: false, endedAt: null, position: null });
    expect(parsed.birthDate.toISOString()).toBe("2000-05-01T00:00:00.000Z");
    expect(parsed.hiredAt.toISOString()).toBe("2021-03-01T00:00:00.000Z");
  });

  it("accepts spaces inside the IIN as typed from a document", () => {
    const spaced = `${young.slice(0, 6)} ${young.slice(6)}`;
    expect(addPlacementSchema(today).parse({ ...valid, iin: spaced }).iin).toBe(young);
  });

  it("names every bad field at once", () => {
    expect(errorsOf({ iin: "123", fullName: "", hiredAt: "2021-03-01", endedAt: "2021-02-01", referredByEmploymentCentre: "on" })).toEqual({
      iin: ["iinLength"],
      fullName: ["required"],
      endedAt: ["endBeforeHire"],
      referralNumber: ["referralNumberRequired"],
    });
  });

  it("translates each IIN reason of lib/iin", () => {
    expect(errorsOf({ ...valid, iin: "90011530012x" }).iin).toEqual(["iinDigits"]);
    expect(errorsOf({ ...valid, iin: "900115000000" }).iin).toEqual(["iinCentury"]);
    expect(errorsOf({ ...valid, iin: "901315300000" }).iin).toEqual(["iinBirthDate"]);
    const wrong = young.slice(0, 11) + String((Number(young[11]) + 1) % 10);
    expect(errorsOf({ ...valid, iin: wrong }).iin).toEqual(["iinChecksum"]);
  });

  it("requires the referral number only for a referral, and drops a number typed without one", () => {
    expect(errorsOf({ ...valid, referredByEmploymentCentre: "on", referralNumber: "  " }).referralNumber).toEqual(["referralNumberRequired"]);
    const referred = addPlacementSchema(today).parse({ ...valid, referredByEmploymentCentre: "on", referralNumber: " ЦЗН-15/2021 " });
    expect(referred).toMatchObject({ referredByEmploymentCentre: true, referralNumber: "ЦЗН-15/2021" });
    expect(addPlacementSchema(today).parse({ ...valid, referralNumber: "ЦЗН-15" }).referralNumber).toBeNull();
  });

  it("limits the hiring date: not before 2020, not more than 31 days ahead", () => {
    expect(errorsOf({ ...valid, hiredAt: "2019-12-31" }).hiredAt).toEqual(["hiredBeforeProgramme"]);
    expect(errorsOf({ ...valid, hiredAt: "2020-01-01" })).toEqual({});
    expect(errorsOf({ ...valid, hiredAt: "2021-04-15" })).toEqual({});
    expect(errorsOf({ ...valid, hiredAt: "2021-04-16" }).hiredAt).toEqual(["hiredTooFarAhead"]);
    expect(errorsOf({ ...valid, hiredAt: "2021-02-30" }).hiredAt).toEqual(["invalidDate"]);
    expect(errorsOf({ ...valid, hiredAt: "" }).hiredAt).toEqual(["required"]);
  });

  it("lets a placement end on its hiring day", () => {
    expect(errorsOf({ ...valid, endedAt: "2021-03-01" })).toEqual({});
  });

  it("refuses a hiring before the person's 14th birthday (Labour Code, art. 30)", () => {
    const child = makeIin({ y: 2008, m: 1, d: 1 }, "FEMALE", 2)!;
    expect(errorsOf({ ...valid, iin: child, hiredAt: "2021-03-01" }).iin).toEqual(["underMinimumAge"]);
    const fourteen = makeIin({ y: 2007, m: 3, d: 1 }, "FEMALE", 2)!;
    expect(addPlacementSchema(today).parse({ ...valid, iin: fourteen }).youthAtHiring).toBe(true);
  });

  it("computes youth as not youth from the 36th birthday on", () => {
    const older = makeIin({ y: 1985, m: 3, d: 1 }, "FEMALE", 3)!;
    expect(addPlacementSchema(today).parse({ ...valid, iin: older, hiredAt: "2021-02-28" }).youthAtHiring).toBe(true);
    expect(addPlacementSchema(today).parse({ ...valid, iin: older, hiredAt: "2021-03-01" }).youthAtHiring).toBe(false);
  });
});

describe("editPlacementSchema and endPlacementSchema", () => {
  it("needs the project code besides the placement's fields", () => {
    const result = editPlacementSchema(today).safeParse(valid);
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ projectCode: ["required"] });
    expect(editPlacementSchema(today).parse({ ...valid, projectCode: " AKM-1 " }).projectCode).toBe("AKM-1");
  });

  it("ending needs a real date", () => {
    expect(endPlacementSchema.safeParse({ endedAt: "" }).success).toBe(false);
    expect(endPlacementSchema.parse({ endedAt: "2021-04-30" }).endedAt.toISOString()).toBe("2021-04-30T00:00:00.000Z");
  });
});
