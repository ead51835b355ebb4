// The project form's schema (lib/projects/schema.ts): what a person types becomes typed values,
// and every refusal names the field to fix with a translatable code.
import { describe, expect, it } from "vitest";
import { makeBin } from "@/lib/iin";
import { projectFormInput, projectSchema, projectUpdateSchema } from "@/lib/projects/schema";
import { parseDay, tiyn, todayInKazakhstan } from "@/lib/projects/fields";

const bin = makeBin(2010, 4, 12345)!;

function valid(overrides: Record<string, unknown> = {}) {
  return {
    code: "dkz-2021-11-00999",
    name: "Капитальный ремонт школы № 3, с. Жалтыр",
    regionId: "2",
    districtId: "",
    settlement: "с. Жалтыр",
    category: "SOCIAL",
    workType: "CAPITAL_REPAIR",
    status: "COMMISSIONED",
    programmeYear: "2021",
    plannedStart: "2021-03-01",
    plannedEnd: "2021-09-30",
    actualStart: "10.03.2021",
    actualEnd: "2021-09-15",
    commissionedAt: "2021-10-01",
    latitude: "51,616",
    longitude: "69.5",
    contractorName: "ТОО «Құрылыс»",
    contractorBin: bin,
    plannedTemporaryJobs: "1 200",
    plannedPermanentJobs: "12",
    funding: {
      REPUBLICAN_BUDGET: { allocated: "125 000 000", disbursed: "100000000,5" },
      LOCAL_BUDGET: { allocated: "", disbursed: "" },
      BOND_LOANS: { allocated: "0", disbursed: "0" },
      OTHER: { allocated: undefined, disbursed: undefined },
    },
    ...overrides,
  };
}

function errorsOf(input: unknown, schema: typeof projectSchema | typeof projectUpdateSchema = projectSchema) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  // The first code per field: what the form shows first.
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

describe("project schema", () => {
  it("turns typed text into typed values", () => {
    const parsed = projectSchema.parse(valid());
    expect(parsed.code).toBe("DKZ-2021-11-00999");
    expect(parsed.regionId).toBe(2);
    expect(parsed.districtId).toBeNull();
    expect(parsed.actualStart).toEqual(new Date("2021-03-10T00:00:00Z"));
    expect(parsed.latitude).toBe(51.616);
    expect(parsed.plannedTemporaryJobs).toBe(1200);
    expect(parsed.funding.REPUBLICAN_BUDGET).toEqual({ allocated: "125000000.00", disbursed: "100000000.50" });
    expect(parsed.funding.OTHER).toEqual({ allocated: "0.00", disbursed: "0.00" });
  });

  it("requires the identity fields", () => {
    expect(errorsOf(valid({ code: "", name: " ", category: "", regionId: "" }))).toMatchObject({
      code: "required", name: "required", category: "required", regionId: "required",
    });
    expect(errorsOf(valid({ category: "PALACE" }))).toMatchObject({ category: "invalid" });
  });

  it("refuses codes with spaces", () => {
    expect(errorsOf(valid({ code: "DKZ 2021" }))).toMatchObject({ code: "codeFormat" });
  });

  it("checks the contractor's BIN with its check digit", () => {
    const wrong = bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10);
    expect(errorsOf(valid({ contractorBin: wrong }))).toMatchObject({ contractorBin: "binChecksum" });
    expect(errorsOf(valid({ contractorBin: "12345" }))).toMatchObject({ contractorBin: "binLength" });
    expect(errorsOf(valid({ contractorBin: "" }))).toEqual({});
  });

  it("keeps coordinates inside Kazakhstan and in pairs", () => {
    expect(errorsOf(valid({ latitude: "39.9" }))).toMatchObject({ latitude: "outOfRange" });
    expect(errorsOf(valid({ longitude: "88" }))).toMatchObject({ longitude: "outOfRange" });
    expect(errorsOf(valid({ longitude: "" }))).toMatchObject({ longitude: "coordinatesPair" });
    expect(errorsOf(valid({ latitude: "north" }))).toMatchObject({ latitude: "invalidNumber" });
    expect(errorsOf(valid({ latitude: "", longitude: "" }))).toEqual({});
  });

  it("keeps dates in order and actual dates in the past", () => {
    expect(errorsOf(valid({ plannedEnd: "2021-02-01" }))).toMatchObject({ plannedEnd: "endBeforeStart" });
    expect(errorsOf(valid({ actualEnd: "2021-03-01" }))).toMatchObject({ actualEnd: "endBeforeStart" });
    expect(errorsOf(valid({ actualStart: "31.02.2021" }))).toMatchObject({ actualStart: "invalidDate" });
    const tomorrow = new Date(todayInKazakhstan().getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(errorsOf(valid({ status: "IN_PROGRESS", actualEnd: "", commissionedAt: "", actualStart: tomorrow }))).toMatchObject({ actualStart: "dateInFuture" });
  });

  it("applies the status's date rules on the field to fix", () => {
    expect(errorsOf(valid({ commissionedAt: "" }))).toMatchObject({ commissionedAt: "commissionedAtRequired" });
    expect(errorsOf(valid({ commissionedAt: "2021-09-01" }))).toMatchObject({ commissionedAt: "commissionedBeforeEnd" });
    expect(errorsOf(valid({ status: "IN_PROGRESS", actualStart: "" , actualEnd: "", commissionedAt: "" }))).toMatchObject({ actualStart: "actualStartRequired" });
  });

  it("refuses negative money and more disbursed than allocated", () => {
    expect(errorsOf(valid({ funding: { ...valid().funding, LOCAL_BUDGET: { allocated: "-5", disbursed: "" } } }))).toMatchObject({ "funding.LOCAL_BUDGET.allocated": "tooSmall" });
    expect(errorsOf(valid({ funding: { ...valid().funding, BOND_LOANS: { allocated: "10", disbursed: "10,01" } } }))).toMatchObject({ "funding.BOND_LOANS.disbursed": "disbursedOverAllocated" });
    expect(errorsOf(valid({ funding: { ...valid().funding, OTHER: { allocated: "1.234", disbursed: "" } } }))).toMatchObject({ "funding.OTHER.allocated": "invalidNumber" });
  });

  it("requires the version read for an edit", () => {
    expect(errorsOf(valid(), projectUpdateSchema)).toMatchObject({ version: "required" });
    expect(projectUpdateSchema.parse(valid({ version: "3" })).version).toBe(3);
  });

  it("reads a submitted form with funding nested by source", () => {
    const form = new FormData();
    form.set("code", "X-1");
    form.set("funding.BOND_LOANS.allocated", "5");
    const input = projectFormInput(form) as { code: string; funding: Record<string, { allocated: unknown }> };
    expect(input.code).toBe("X-1");
    expect(input.funding.BOND_LOANS!.allocated).toBe("5");
    expect(input.funding.OTHER!.allocated).toBeUndefined();
  });
});

describe("field helpers", () => {
  it("parses days as UTC midnight whatever the process time zone", () => {
    expect(parseDay("2021-01-31")?.toISOString()).toBe("2021-01-31T00:00:00.000Z");
    expect(parseDay("1.2.2021")?.toISOString()).toBe("2021-02-01T00:00:00.000Z");
    expect(parseDay("2021-02-29")).toBeNull();
  });

  it("compares tenge exactly, in tiyn", () => {
    expect(tiyn("99999999999999.99")).toBe(9_999_999_999_999_999n);
    expect(tiyn("0.50")).toBe(50n);
  });

  it("takes today in Kazakhstan, not in UTC", () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Almaty (UTC+5).
    expect(todayInKazakhstan(new Date("2020-12-31T20:00:00Z")).toISOString()).toBe("2021-01-01T00:00:00.000Z");
  });
});
