// Headers in three languages, the row validators and the checks across a file's rows.
import { describe, expect, it } from "vitest";
import { makeIin } from "@/lib/iin";
import { placementFileErrors, projectFileErrors } from "@/lib/imports/file-checks";
import { validatePlacementRow, type PlacementRow } from "@/lib/imports/placement-row";
import { checkProjectRow, readProjectCells, regionLookup, type RegionRef } from "@/lib/imports/project-row";
import { mapHeader, recordOf } from "@/lib/imports/sheet";
import { booleanOf, enumIndex, normaliseWord } from "@/lib/imports/vocabulary";

const today = { y: 2022, m: 6, d: 30 };
const iin = (y: number, m: number, d: number, serial = 1) => makeIin({ y, m, d }, "MALE", serial) ?? makeIin({ y, m, d }, "MALE", serial + 1)!;

describe("headers", () => {
  it("recognises placement headers in Russian, Kazakh, English and as codes, ignoring case, spaces and markers", () => {
    const ru = mapHeader("PLACEMENTS", ["ИИН", "ФИО", "код  проекта", "Дата приема *", "Молодёжь", "№"]);
    expect(ru).toEqual({ ok: true, columns: ["iin", "fullName", "projectCode", "hiredAt", null, null] });
    const kk = mapHeader("PLACEMENTS", ["ЖСН", "Аты-жөні", "Жоба коды", "Жұмысқа қабылданған күні"]);
    expect(kk).toEqual({ ok: true, columns: ["iin", "fullName", "projectCode", "hiredAt"] });
    const en = mapHeader("PLACEMENTS", ["IIN", "full name", "PROJECT CODE", "Hiring date (DD.MM.YYYY)"]);
    expect(en).toEqual({ ok: true, columns: ["iin", "fullName", "projectCode", "hiredAt"] });
    const codes = mapHeader("PLACEMENTS", ["iin", "fullName", "project_code", "hiredAt"]);
    expect(codes).toEqual({ ok: true, columns: ["iin", "fullName", "projectCode", "hiredAt"] });
  });

  it("names the required columns that are missing, and refuses a column given twice", () => {
    expect(mapHeader("PLACEMENTS", ["ИИН", "ФИО"])).toEqual({ ok: false, problem: { code: "missingColumns", params: { columns: "projectCode,hiredAt" } } });
    expect(mapHeader("PLACEMENTS", ["ИИН", "IIN"])).toEqual({ ok: false, problem: { code: "duplicateColumn", params: { column: "IIN" } } });
  });

  it("reads enum values and yes/no in any language or as codes", () => {
    expect(enumIndex("workType").get(normaliseWord("Капитальный ремонт"))).toBe("CAPITAL_REPAIR");
    expect(enumIndex("workType").get(normaliseWord("күрделі жөндеу"))).toBe("CAPITAL_REPAIR");
    expect(enumIndex("workType").get(normaliseWord("capital_repair"))).toBe("CAPITAL_REPAIR");
    expect(enumIndex("status").get(normaliseWord("Введён в эксплуатацию"))).toBe("COMMISSIONED");
    expect(enumIndex("status").get(normaliseWord("введен в эксплуатацию"))).toBe("COMMISSIONED");
    for (const yes of ["да", "Иә", "yes", "1", "TRUE", "+"]) expect(booleanOf(yes), yes).toBe(true);
    for (const no of ["нет", "жоқ", "No", "0", "false", "-"]) expect(booleanOf(no), no).toBe(false);
    expect(booleanOf("может быть")).toBeUndefined();
  });
});

describe("placement rows", () => {
  const young = iin(2000, 5, 10);
  const older = iin(1980, 5, 10);
  const record = (values: Record<string, unknown>) =>
    recordOf(["iin", "fullName", "projectCode", "hiredAt", "endedAt", "referredByEmploymentCentre"],
      [values.iin ?? young, values.fullName ?? "Ерлан Жұмабаев", values.projectCode ?? "DKZ-2021-11-00001", values.hiredAt ?? "05.03.2021", values.endedAt ?? "", values.referred ?? "нет"] as never);

  it("computes youth from the IIN's birth date on the hiring date; birth date and sex come from the IIN", () => {
    const result = validatePlacementRow(2, record({}), today);
    expect(result).toMatchObject({ ok: true, value: { iin: young, youth: true, sex: "MALE", birthDate: { y: 2000, m: 5, d: 10 }, referred: false, unemployed: false } });
    expect(validatePlacementRow(2, record({ iin: older }), today)).toMatchObject({ ok: true, value: { youth: false } });
  });

  it("reports each bad cell with its column, value and reason", () => {
    const bad = validatePlacementRow(7, record({ iin: young.slice(0, 11) + String((Number(young[11]) + 1) % 10), hiredAt: "31.02.2021", referred: "может" }), today);
    expect(bad).toEqual({
      ok: false,
      errors: [
        { row: 7, column: "iin", value: expect.any(String), code: "iinChecksum" },
        { row: 7, column: "hiredAt", value: "31.02.2021", code: "invalidDate" },
        { row: 7, column: "referredByEmploymentCentre", value: "может", code: "invalidBoolean" },
      ],
    });
    expect(validatePlacementRow(8, record({ fullName: "" }), today)).toEqual({ ok: false, errors: [{ row: 8, column: "fullName", value: "", code: "required" }] });
    // Letters lost when Excel saved the CSV in Windows-1251 (no Kazakh letters), or a file read in
    // the wrong encoding: refused, not stored as a wrong name.
    for (const garbled of ["Ж?мабаев Ерлан", "Жұмабаев Е\uFFFD\uFFFDлан"]) {
      expect(validatePlacementRow(9, record({ fullName: garbled }), today)).toEqual({ ok: false, errors: [{ row: 9, column: "fullName", value: garbled, code: "lostLetters" }] });
    }
  });

  it("holds the placement form's rules (lib/placements/rules.ts): programme dates, end after hiring, referral number, minimum age", () => {
    const codes = (values: Record<string, unknown>) => {
      const result = validatePlacementRow(3, record(values), today);
      return result.ok ? [] : result.errors.map((e) => `${e.column}:${e.code}`);
    };
    expect(codes({ hiredAt: "31.07.2022" })).toEqual([]);
    expect(codes({ hiredAt: "01.08.2022" })).toEqual(["hiredAt:hiredTooFarAhead"]);
    expect(codes({ hiredAt: "31.12.2019" })).toEqual(["hiredAt:hiredBeforeProgramme"]);
    expect(codes({ endedAt: "04.03.2021" })).toEqual(["endedAt:endBeforeHire"]);
    expect(codes({ iin: iin(2010, 1, 1) })).toEqual(["iin:underMinimumAge"]);
    expect(codes({ fullName: "12345" })).toEqual(["fullName:invalidName"]);
  });

  it("asks for the referral number of a referred worker and upper-cases project codes", () => {
    const row = (referralNumber: string) =>
      validatePlacementRow(2, recordOf(["iin", "fullName", "projectCode", "hiredAt", "referredByEmploymentCentre", "referralNumber"],
        [young, "Ерлан Жұмабаев", "dkz-2021-11-00001", "05.03.2021", "да", referralNumber]), today);
    expect(row("")).toEqual({ ok: false, errors: [{ row: 2, column: "referralNumber", value: "", code: "referralNumberRequired" }] });
    expect(row("ЦЗ-17")).toMatchObject({ ok: true, value: { referralNumber: "ЦЗ-17", projectCode: "DKZ-2021-11-00001" } });
  });
});

describe("checks across a file", () => {
  const row = (r: number, iinValue: string, hired: [number, number, number], ended: [number, number, number] | null, project = "P-1", fullName = "Асхат Омаров") =>
    ({ row: r, iin: iinValue, fullName, projectCode: project, hiredAt: { y: hired[0], m: hired[1], d: hired[2] }, endedAt: ended && { y: ended[0], m: ended[1], d: ended[2] } }) as PlacementRow;
  const a = iin(1990, 1, 1);
  const b = iin(1991, 2, 2);

  it("accepts back-to-back placements of one person and reports overlapping ones on the later row", () => {
    expect(placementFileErrors([row(2, a, [2021, 3, 1], [2021, 3, 31]), row(3, a, [2021, 4, 1], null, "P-2"), row(4, b, [2021, 3, 1], null)])).toEqual([]);
    expect(placementFileErrors([row(2, a, [2021, 3, 1], [2021, 3, 31]), row(5, a, [2021, 3, 31], null, "P-2")])).toEqual([
      { row: 5, column: "hiredAt", value: "31.03.2021", code: "overlapInFile", params: { row: 2 } },
    ]);
    // An open-ended placement overlaps everything after it, whichever row comes first.
    expect(placementFileErrors([row(9, a, [2021, 6, 1], [2021, 6, 30], "P-2"), row(4, a, [2021, 1, 1], null)])).toEqual([
      { row: 9, column: "hiredAt", value: "01.06.2021", code: "overlapInFile", params: { row: 4 } },
    ]);
  });

  it("reports the same placement twice and one IIN under two names", () => {
    expect(placementFileErrors([row(2, a, [2021, 3, 1], null), row(3, a, [2021, 3, 1], null)])).toEqual([
      { row: 3, column: "hiredAt", value: "01.03.2021", code: "duplicateRow", params: { row: 2 } },
    ]);
    expect(placementFileErrors([row(2, a, [2021, 3, 1], [2021, 3, 2]), row(3, a, [2021, 5, 1], null, "P-2", "Асхат  ОМАРОВ"), row(4, a, [2021, 7, 1], null, "P-3", "Другой")])
      .map((e) => [e.row, e.code])).toEqual([[4, "nameMismatch"], [4, "overlapInFile"]]);
  });

  it("reports a project code given twice", () => {
    expect(projectFileErrors([{ row: 2, code: "X-1" }, { row: 3, code: "X-1" }] as never)).toEqual([
      { row: 3, column: "code", value: "X-1", code: "duplicateRow", params: { row: 2 } },
    ]);
  });
});

describe("project rows", () => {
  const regions: RegionRef[] = [
    { id: 2, code: "11", names: ["Акмолинская область", "Ақмола облысы", "Akmola Region"], districts: [{ id: 7, names: ["Бурабайский район", "Бурабай ауданы", "Burabay District"] }] },
    { id: 19, code: "75", names: ["г. Алматы", "Алматы қаласы", "Almaty"], districts: [] },
  ];
  const context = { regions, regionId: 2 };
  const base = { code: "dkz-2021-11-00001", name: "Школа", region: "11", category: "Социальная инфраструктура", workType: "Капитальный ремонт", programmeYear: "2021" };
  const check = (values: Record<string, unknown>, stored: Record<string, unknown> | null = null) => {
    const all = { ...base, ...values };
    const cells = readProjectCells(4, recordOf(Object.keys(all), Object.values(all) as never), context, regionLookup(regions));
    return cells.ok ? checkProjectRow(cells.value, stored) : cells;
  };
  const codes = (values: Record<string, unknown>, stored: Record<string, unknown> | null = null) => {
    const result = check(values, stored);
    return result.ok ? [] : result.errors.map((e) => `${e.column}:${e.code}`);
  };

  it("reads a project with its region by code or name, its district in any language, and an upper-case code", () => {
    expect(check({})).toMatchObject({ ok: true, value: { code: "DKZ-2021-11-00001", regionId: 2, districtId: null, category: "SOCIAL", workType: "CAPITAL_REPAIR", status: "PLANNED", programmeYear: 2021 } });
    expect(check({ region: "Ақмола облысы", district: "бурабай ауданы" })).toMatchObject({ ok: true, value: { regionId: 2, districtId: 7 } });
    expect(check({ allocatedLocal: "1 500 000,5", disbursedLocal: 44_197 })).toMatchObject({ ok: true, value: { funding: { LOCAL_BUDGET: { allocated: "1500000.50", disbursed: "44197.00" }, OTHER: { allocated: "0.00" } } } });
  });

  it("refuses rows of another region, unknown regions and districts", () => {
    expect(codes({ region: "75" })).toEqual(["region:wrongRegion"]);
    expect(codes({ region: "99" })).toEqual(["region:unknownRegion"]);
    expect(codes({ district: "Нет такого" })).toEqual(["district:unknownDistrict"]);
  });

  it("holds the project form's rules (lib/projects/schema.ts): commissioned only after completion, with a date", () => {
    expect(codes({ status: "COMMISSIONED", actualStart: "01.04.2021" })).toEqual(["actualEnd:actualEndRequired", "commissionedAt:commissionedAtRequired"]);
    expect(codes({ status: "COMPLETED", actualStart: "01.04.2021", actualEnd: "01.10.2021", commissionedAt: "01.11.2021" })).toEqual(["commissionedAt:commissionedAtOnlyWhenCommissioned"]);
    expect(codes({ status: "Введён в эксплуатацию", actualStart: "01.04.2021", actualEnd: "01.10.2021", commissionedAt: "01.11.2021" })).toEqual([]);
    expect(codes({ programmeYear: "2019" })).toEqual(["programmeYear:tooSmall"]);
    expect(codes({ latitude: "51,1" })).toEqual(["longitude:coordinatesPair"]);
    expect(codes({ latitude: "30", longitude: "70" })).toEqual(["latitude:outOfRange"]);
    expect(codes({ contractorBin: "123" })).toEqual(["contractorBin:binLength"]);
    expect(codes({ allocatedLocal: "100", disbursedLocal: "150" })).toEqual(["disbursedLocal:disbursedOverAllocated"]);
  });

  it("keeps the stored values of columns the file leaves out", () => {
    const stored = { ...base, code: "DKZ-2021-11-00001", regionId: 2, category: "SOCIAL", workType: "CAPITAL_REPAIR", status: "IN_PROGRESS", actualStart: "2021-04-01", settlement: "Щучинск", funding: { LOCAL_BUDGET: { allocated: "100.00", disbursed: "50.00" } } };
    expect(check({ name: "Школа №2" }, stored)).toMatchObject({ ok: true, value: { name: "Школа №2", status: "IN_PROGRESS", settlement: "Щучинск", funding: { LOCAL_BUDGET: { allocated: "100.00", disbursed: "50.00" } } } });
    expect(codes({ disbursedLocal: "120" }, stored)).toEqual(["disbursedLocal:disbursedOverAllocated"]);
  });
});
