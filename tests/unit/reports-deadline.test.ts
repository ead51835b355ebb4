// The deadline of Order No. 55-р (10th of the next month) and the days around it, counted in
// Kazakhstan's calendar. Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024, so midnight in
// Almaty is 18:00 UTC in 2020–2024 and 19:00 UTC afterwards: both are tested, and the results
// must not depend on the server's own time zone.
import { afterEach, describe, expect, it } from "vitest";
import { daysLateAt, deadlineStanding, isOverdue, monthHasEnded, reportDeadline } from "@/lib/reports/deadline";
import type { MonthKey } from "@/lib/reports/period";

const m = (key: string) => key as MonthKey;

describe("reportDeadline", () => {
  it("is the 10th of the next month, across the year's end", () => {
    expect(reportDeadline(m("2020-04"))).toEqual({ y: 2020, m: 5, d: 10 });
    expect(reportDeadline(m("2021-12"))).toEqual({ y: 2022, m: 1, d: 10 });
    expect(reportDeadline(m("2020-01"))).toEqual({ y: 2020, m: 2, d: 10 });
  });
});

describe("deadlineStanding around midnight in Almaty", () => {
  it("UTC+6 era: 23:59:59 on the 10th in Almaty is due today; one second later it is one day late", () => {
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-10T17:59:59Z"))).toEqual({ deadline: "2022-01-10", daysLeft: 0, daysLate: null });
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-10T18:00:00Z"))).toEqual({ deadline: "2022-01-10", daysLeft: null, daysLate: 1 });
  });

  it("UTC+5 era (since 1 March 2024): the day changes at 19:00 UTC", () => {
    expect(deadlineStanding(m("2024-12"), new Date("2025-01-10T18:59:59Z")).daysLeft).toBe(0);
    expect(deadlineStanding(m("2024-12"), new Date("2025-01-10T19:00:00Z")).daysLate).toBe(1);
  });

  it("an early UTC evening is already the next day in Almaty: days left shrink at Almaty's midnight", () => {
    // 1 January 2022, 20:00 UTC = 2 January 02:00 in Almaty: 8 days to the 10th, not 9.
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-01T20:00:00Z")).daysLeft).toBe(8);
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-01T17:00:00Z")).daysLeft).toBe(9);
  });

  it("counts days late over months and a leap day", () => {
    // Deadline 10 Feb 2020; 10 March 2020 noon in Almaty: 29 days (February 2020 has 29 days).
    expect(deadlineStanding(m("2020-01"), new Date("2020-03-10T06:00:00Z")).daysLate).toBe(29);
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-14T06:00:00Z")).daysLate).toBe(4);
  });
});

describe("independent of the server's time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati"])("gives the same days under TZ=%s", (zone) => {
    process.env.TZ = zone;
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-10T17:59:59Z")).daysLeft).toBe(0);
    expect(deadlineStanding(m("2021-12"), new Date("2022-01-10T18:00:00Z")).daysLate).toBe(1);
    expect(monthHasEnded(m("2021-12"), new Date("2021-12-31T17:59:59Z"))).toBe(false);
    expect(monthHasEnded(m("2021-12"), new Date("2021-12-31T18:00:00Z"))).toBe(true);
  });
});

describe("daysLateAt", () => {
  it("is 0 for a submission up to the end of the 10th in Almaty and counts days after", () => {
    expect(daysLateAt(m("2021-11"), new Date("2021-12-10T17:59:00Z"))).toBe(0);
    expect(daysLateAt(m("2021-11"), new Date("2021-12-10T18:01:00Z"))).toBe(1);
    expect(daysLateAt(m("2021-11"), new Date("2021-12-01T04:00:00Z"))).toBe(0);
  });
});

describe("monthHasEnded", () => {
  it("a month ends at midnight after its last day in Almaty", () => {
    expect(monthHasEnded(m("2021-12"), new Date("2021-12-31T12:00:00Z"))).toBe(false);
    expect(monthHasEnded(m("2021-12"), new Date("2021-12-31T18:00:00Z"))).toBe(true);
    expect(monthHasEnded(m("2020-02"), new Date("2020-02-29T17:59:59Z"))).toBe(false);
  });
});

describe("isOverdue", () => {
  const after = new Date("2022-01-11T06:00:00Z");
  const before = new Date("2022-01-10T06:00:00Z");
  it("a missing, draft or returned report is late once the 10th has passed", () => {
    for (const status of [null, "DRAFT", "RETURNED"] as const) {
      expect(isOverdue(status, m("2021-12"), after)).toBe(true);
      expect(isOverdue(status, m("2021-12"), before)).toBe(false);
    }
  });
  it("a submitted or approved report is never late", () => {
    expect(isOverdue("SUBMITTED", m("2021-12"), after)).toBe(false);
    expect(isOverdue("APPROVED", m("2021-12"), after)).toBe(false);
  });
});
