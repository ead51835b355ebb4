import { describe, expect, it } from "vitest";
import { datesTouchedByCorrection } from "@/lib/placements/touched-dates";

const d = (text: string) => new Date(`${text}T00:00:00Z`);
const current = {
  hiredAt: d("2021-01-15"),
  endedAt: d("2021-03-31"),
  projectId: 1,
  referredByEmploymentCentre: true,
  unemployedBeforeHiring: false,
  youthAtHiring: true,
};
const same = { ...current, personChanged: false };

describe("datesTouchedByCorrection", () => {
  it("a position or referral-number fix touches no reported month", () => {
    expect(datesTouchedByCorrection(current, same)).toEqual([]);
  });

  it("a new end date touches the old and the new end months only", () => {
    expect(datesTouchedByCorrection(current, { ...same, endedAt: d("2021-05-31") })).toEqual([d("2021-03-31"), d("2021-05-31")]);
    expect(datesTouchedByCorrection({ ...current, endedAt: null }, { ...same, endedAt: d("2021-05-31") })).toEqual([null, d("2021-05-31")]);
  });

  it("a counted change touches every date, old and new", () => {
    const all = [current.hiredAt, current.endedAt, d("2021-02-01"), current.endedAt];
    expect(datesTouchedByCorrection(current, { ...same, hiredAt: d("2021-02-01") })).toEqual(all);
    for (const change of [{ projectId: 2 }, { personChanged: true }, { referredByEmploymentCentre: false }, { unemployedBeforeHiring: true }, { youthAtHiring: false }]) {
      expect(datesTouchedByCorrection(current, { ...same, ...change })).toHaveLength(4);
    }
  });
});
