// A non-numeric amount in the project form's funding fields ("12 млн", "abc", "1e308",
// "Infinity") crashed the page ("Cannot convert 12млн to a BigInt": the rule "disbursed is not
// more than allocated" ran on values that had already failed) and lost what was typed. It is a
// field error on that field, like any other wrong number.
import { describe, expect, it } from "vitest";
import { makeBin } from "@/lib/iin";
import { projectSchema, projectUpdateSchema } from "@/lib/projects/schema";

function input(allocated: string, disbursed: string) {
  return {
    code: "AKM-2021-001",
    name: "Ремонт школы",
    regionId: "2",
    category: "SOCIAL",
    workType: "CAPITAL_REPAIR",
    status: "PLANNED",
    programmeYear: "2021",
    contractorBin: makeBin(2010, 4, 12345)!,
    funding: {
      REPUBLICAN_BUDGET: { allocated, disbursed },
      LOCAL_BUDGET: { allocated: "", disbursed: "" },
      BOND_LOANS: { allocated: "", disbursed: "" },
      OTHER: { allocated: "", disbursed: "" },
    },
  };
}

const fieldErrors = (result: ReturnType<typeof projectSchema.safeParse>) =>
  result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));

describe("funding amounts that are not numbers", () => {
  it.each(["12 млн", "abc", "1e308", "Infinity", "-5", "1,5,5", "0x10", "\u0000"])("%j is a field error, wherever it is typed", (typed) => {
    expect(fieldErrors(projectSchema.safeParse(input(typed, "1")))).toEqual({ "funding.REPUBLICAN_BUDGET.allocated": expect.stringMatching(/^(invalidNumber|tooSmall|invalidCharacter)$/) });
    expect(fieldErrors(projectSchema.safeParse(input("1", typed)))).toEqual({ "funding.REPUBLICAN_BUDGET.disbursed": expect.stringMatching(/^(invalidNumber|tooSmall|invalidCharacter)$/) });
    expect(fieldErrors(projectSchema.safeParse(input(typed, typed)))).toEqual({
      "funding.REPUBLICAN_BUDGET.allocated": expect.any(String),
      "funding.REPUBLICAN_BUDGET.disbursed": expect.any(String),
    });
    expect(fieldErrors(projectUpdateSchema.safeParse({ ...input(typed, "1"), version: "3" }))).toEqual({ "funding.REPUBLICAN_BUDGET.allocated": expect.any(String) });
  });

  it("still compares amounts that are numbers", () => {
    expect(fieldErrors(projectSchema.safeParse(input("1 000,50", "1000,51")))).toEqual({ "funding.REPUBLICAN_BUDGET.disbursed": "disbursedOverAllocated" });
    expect(projectSchema.safeParse(input("1 000,50", "1000,50")).success).toBe(true);
  });
});
