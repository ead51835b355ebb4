// The project life cycle (lib/projects/status.ts): which moves are allowed and what each status
// requires of the actual dates.
import { describe, expect, it } from "vitest";
import { canMove, nextStatuses, PROJECT_STATUSES, STATUS_TRANSITIONS, statusDateIssues, transitionIssues } from "@/lib/projects/status";

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const none = { actualStart: null, actualEnd: null, commissionedAt: null };

describe("status transitions", () => {
  const allowed: Array<[string, string]> = [
    ["PLANNED", "IN_PROGRESS"], ["PLANNED", "SUSPENDED"],
    ["IN_PROGRESS", "COMPLETED"], ["IN_PROGRESS", "SUSPENDED"],
    ["SUSPENDED", "IN_PROGRESS"], ["SUSPENDED", "PLANNED"],
    ["COMPLETED", "COMMISSIONED"], ["COMPLETED", "IN_PROGRESS"],
    ["COMMISSIONED", "COMPLETED"],
  ];

  it("allows exactly the table's moves, and staying put", () => {
    for (const from of PROJECT_STATUSES) {
      for (const to of PROJECT_STATUSES) {
        const expected = from === to || allowed.some(([a, b]) => a === from && b === to);
        expect(canMove(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("never commissions an object whose works are not completed", () => {
    for (const from of PROJECT_STATUSES.filter((s) => s !== "COMPLETED" && s !== "COMMISSIONED")) {
      expect(canMove(from, "COMMISSIONED"), from).toBe(false);
    }
  });

  it("offers the current status first, then the allowed moves", () => {
    expect(nextStatuses("COMPLETED")).toEqual(["COMPLETED", ...STATUS_TRANSITIONS.COMPLETED]);
  });

  it("reports a forbidden move on the status field", () => {
    expect(transitionIssues("PLANNED", "COMMISSIONED", { actualStart: d("2021-01-10"), actualEnd: d("2021-05-01"), commissionedAt: d("2021-06-01") }))
      .toEqual([{ field: "status", code: "statusTransition" }]);
    expect(transitionIssues(null, "COMMISSIONED", { actualStart: d("2021-01-10"), actualEnd: d("2021-05-01"), commissionedAt: d("2021-06-01") })).toEqual([]);
  });
});

describe("dates each status requires", () => {
  it("PLANNED and SUSPENDED need no dates", () => {
    expect(statusDateIssues("PLANNED", none)).toEqual([]);
    expect(statusDateIssues("SUSPENDED", { ...none, actualStart: d("2021-03-01") })).toEqual([]);
  });

  it("IN_PROGRESS requires the actual start", () => {
    expect(statusDateIssues("IN_PROGRESS", none)).toEqual([{ field: "actualStart", code: "actualStartRequired" }]);
    expect(statusDateIssues("IN_PROGRESS", { ...none, actualStart: d("2021-03-01") })).toEqual([]);
  });

  it("COMPLETED requires the actual end (and start)", () => {
    expect(statusDateIssues("COMPLETED", { ...none, actualStart: d("2021-03-01") })).toEqual([{ field: "actualEnd", code: "actualEndRequired" }]);
    expect(statusDateIssues("COMPLETED", { ...none, actualStart: d("2021-03-01"), actualEnd: d("2021-08-01") })).toEqual([]);
  });

  it("an end date before completion is refused", () => {
    expect(statusDateIssues("IN_PROGRESS", { ...none, actualStart: d("2021-03-01"), actualEnd: d("2021-08-01") }))
      .toEqual([{ field: "actualEnd", code: "actualEndBeforeCompletion" }]);
  });

  it("COMMISSIONED requires a commissioning date on or after the end of works", () => {
    const done = { actualStart: d("2021-03-01"), actualEnd: d("2021-08-01") };
    expect(statusDateIssues("COMMISSIONED", { ...done, commissionedAt: null })).toEqual([{ field: "commissionedAt", code: "commissionedAtRequired" }]);
    expect(statusDateIssues("COMMISSIONED", { ...done, commissionedAt: d("2021-07-31") })).toEqual([{ field: "commissionedAt", code: "commissionedBeforeEnd" }]);
    expect(statusDateIssues("COMMISSIONED", { ...done, commissionedAt: d("2021-08-01") })).toEqual([]);
  });

  it("a commissioning date on an object that is not commissioned is refused", () => {
    expect(statusDateIssues("COMPLETED", { actualStart: d("2021-03-01"), actualEnd: d("2021-08-01"), commissionedAt: d("2021-09-01") }))
      .toEqual([{ field: "commissionedAt", code: "commissionedAtOnlyWhenCommissioned" }]);
  });
});
