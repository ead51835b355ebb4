// Inquiry rules: deputies read answers only once sent; the due day itself is not overdue
// (dates in Kazakhstan's time, UTC+5); the register's number format.
import { describe, expect, it } from "vitest";
import { almatyToday, isOverdue, mayReadAnswer, MINISTRY_REGISTER, registrationOf, seesAllInquiries } from "@/lib/inquiries/rules";
import { answerSchema, createInquirySchema } from "@/lib/inquiries/schema";

const deputy = { id: 3, role: "DEPUTY", regionId: null } as const;
const analyst = { id: 2, role: "ANALYST", regionId: null } as const;

describe("inquiry rules", () => {
  it("deputies see their own inquiries and sent answers only; the ministry sees all", () => {
    expect(seesAllInquiries(deputy)).toBe(false);
    expect(seesAllInquiries(analyst)).toBe(true);
    expect(mayReadAnswer(deputy, "DRAFTING")).toBe(false);
    expect(mayReadAnswer(deputy, "SENT")).toBe(true);
    expect(mayReadAnswer(analyst, "DRAFTING")).toBe(true);
  });

  it("takes today in Almaty (UTC+5 since March 2024): 19:00 UTC is already the next day there", () => {
    expect(almatyToday(new Date("2025-10-14T19:00:00Z"))).toBe("2025-10-15");
    expect(almatyToday(new Date("2025-10-14T18:59:00Z"))).toBe("2025-10-14");
  });

  it("is overdue only after the due day, and never once sent", () => {
    const dueOn = new Date("2020-10-15T00:00:00Z");
    expect(isOverdue({ status: "RECEIVED", dueOn }, "2020-10-15")).toBe(false);
    expect(isOverdue({ status: "DRAFTING", dueOn }, "2020-10-16")).toBe(true);
    expect(isOverdue({ status: "SENT", dueOn }, "2021-01-01")).toBe(false);
  });
});

describe("registering an inquiry", () => {
  it("links a deputy's inquiry to that deputy alone, in their own number register", () => {
    expect(registrationOf(deputy, [4, 5])).toEqual({ deputyIds: [deputy.id], numberRegister: deputy.id });
    expect(registrationOf(deputy, [])).toEqual({ deputyIds: [deputy.id], numberRegister: deputy.id });
  });

  it("lets the ministry link any deputies, in the ministry's register", () => {
    expect(registrationOf(analyst, [4, 5])).toEqual({ deputyIds: [4, 5], numberRegister: MINISTRY_REGISTER });
    expect(registrationOf({ id: 1, role: "ADMIN", regionId: null }, [])).toEqual({ deputyIds: [], numberRegister: MINISTRY_REGISTER });
  });
});

describe("inquiry schema", () => {
  const valid = { number: "ДЗ-145", receivedOn: "2020-09-30", dueOn: "2020-10-15", authors: "Депутаты фракции", subject: "О продолжении Дорожной карты занятости в 2021 году" };

  it("accepts the seed letter's inquiry and removes repeated deputies", () => {
    const parsed = createInquirySchema.parse({ ...valid, faction: "", deputyIds: ["4", "4", "5"] });
    expect(parsed.receivedOn.toISOString()).toBe("2020-09-30T00:00:00.000Z");
    expect(parsed.faction).toBeNull();
    expect(parsed.deputyIds).toEqual([4, 5]);
  });

  it("refuses a malformed number, an impossible date and a due date before receipt", () => {
    const issues = (input: object) => createInquirySchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ number: "145" })).toEqual(["number:invalidInquiryNumber"]);
    expect(issues({ receivedOn: "2020-02-30" })).toEqual(["receivedOn:invalidDate"]);
    expect(issues({ dueOn: "2020-09-29" })).toEqual(["dueOn:dueBeforeReceived"]);
    expect(issues({ subject: "  " })).toEqual(["subject:required"]);
  });

  it("gives a malformed co-signer id the same code as an account that is not a deputy's", () => {
    const issues = (deputyIds: unknown[]) => createInquirySchema.safeParse({ ...valid, deputyIds }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    for (const bad of ["abc", "-1", "1.5", "", "99999999999", null]) expect(issues(["4", bad]), String(bad)).toEqual(["deputyIds:notDeputy"]);
    expect(issues(["4", 5])).toBeUndefined();
  });

  it("an answer needs text and a known language; the snapshot may be left out", () => {
    expect(answerSchema.parse({ snapshotId: "", answerLocale: "kk", answerText: " Құрметті депутаттар! " })).toEqual({ snapshotId: null, answerLocale: "kk", answerText: "Құрметті депутаттар!" });
    expect(answerSchema.safeParse({ snapshotId: "1", answerLocale: "de", answerText: "x" }).success).toBe(false);
  });
});
