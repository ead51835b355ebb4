// Monthly reports of the regions, April 2020 to December 2021 (Order No. 55-р of 27.03.2020:
// due by the 10th of the next month). `adjacentIndustryJobs` is the region's CUMULATIVE
// figure at the month's end, so the latest report of each region adds up to the national
// figure (~104,000 at scale 1: "more than 100 thousand" in the seed letter).
// As of the demo's today (14 January 2022): reports to September 2021 are approved (a few
// after being returned once); October and November are partly submitted or returned;
// December is submitted, still a draft, or missing (late).
import type { ReportStatus } from "@/generated/prisma/enums";
import { apportion } from "./apportion";
import { dayOf, monthStart, partsOfDay } from "./days";
import { DEMO_AIMS, DEMO_TODAY, FIRST_REPORT_MONTH, LAST_REPORT_MONTH } from "./figures";
import type { DemoRegion } from "./projects";
import { Random } from "./random";

export type ReportRow = {
  id: number;
  regionId: number;
  month: number;
  status: ReportStatus;
  adjacentIndustryJobs: number;
  comment: string | null;
  reviewComment: string | null;
  submittedDay: number | null;
  submittedById: number | null;
  reviewedDay: number | null;
  reviewedById: number | null;
  createdDay: number;
};

export type ReportUsers = { analystId: number; akimatByRegionId: Map<number, number> };

const RETURN_REASONS = [
  "Число направленных центрами занятости не совпадает с данными информационной системы; просьба уточнить.",
  "Не указаны рабочие места в смежных отраслях по двум районам; дополните отчёт.",
  "Расхождение с данными казначейства по освоению средств; просьба сверить.",
];
const COMMENTS = [
  "Данные сверены с центрами занятости населения.",
  "Уточнены сведения по объектам, введённым в эксплуатацию.",
  "Рост занятости в смежных отраслях за счёт производства стройматериалов.",
];

const MONTHS = (LAST_REPORT_MONTH.y - FIRST_REPORT_MONTH.y) * 12 + LAST_REPORT_MONTH.m - FIRST_REPORT_MONTH.m + 1;

export function generateReports(scale: number, regions: DemoRegion[], users: ReportUsers): ReportRow[] {
  const rng = new Random("reports");
  const finals = apportion(Math.round(DEMO_AIMS.adjacentIndustryJobs * scale), regions.map((r) => r.entry.population));
  const rows: ReportRow[] = [];
  regions.forEach((region, i) => {
    const curve = cumulativeCurve(rng);
    for (let k = 0; k < MONTHS; k++) {
      const month = monthStart(FIRST_REPORT_MONTH.y, FIRST_REPORT_MONTH.m, k);
      const status = statusFor(k, rng);
      if (status === null) continue; // not submitted yet, and past the deadline: late
      const next = partsOfDay(monthStart(FIRST_REPORT_MONTH.y, FIRST_REPORT_MONTH.m, k + 1));
      const due = dayOf(next.y, next.m, 10);
      const submittedDay = status === "DRAFT" ? null : Math.min(due - 7 + rng.int(0, rng.chance(0.1) ? 12 : 7), DEMO_TODAY - 1);
      const reviewed = status === "APPROVED" || status === "RETURNED";
      const reviewedDay = reviewed ? Math.min(submittedDay! + rng.int(1, 10), DEMO_TODAY) : null;
      rows.push({
        id: 0,
        regionId: region.id,
        month,
        status,
        adjacentIndustryJobs: Math.round(finals[i]! * curve[k]!),
        comment: rng.chance(0.1) ? rng.pick(COMMENTS) : null,
        reviewComment: status === "RETURNED" ? rng.pick(RETURN_REASONS) : null,
        submittedDay,
        submittedById: submittedDay === null ? null : users.akimatByRegionId.get(region.id) ?? null,
        reviewedDay,
        reviewedById: reviewed ? users.analystId : null,
        createdDay: monthStart(FIRST_REPORT_MONTH.y, FIRST_REPORT_MONTH.m, k + 1) - rng.int(1, 4),
      });
    }
  });
  rows.sort((a, b) => a.month - b.month || a.regionId - b.regionId);
  rows.forEach((row, index) => (row.id = index + 1));
  return rows;
}

/** Share of the final figure reached by each month's end: an S-curve, never decreasing, 1 at the end. */
function cumulativeCurve(rng: Random): number[] {
  const mid = rng.real(7, 12);
  const steep = rng.real(0.35, 0.6);
  const raw = Array.from({ length: MONTHS }, (_, k) => 1 / (1 + Math.exp(-steep * (k - mid))));
  const last = raw[MONTHS - 1]!;
  return raw.map((value) => value / last);
}

/** Status of the k-th month's report as of the demo's today; null: missing. */
function statusFor(k: number, rng: Random): ReportStatus | null {
  const fromEnd = MONTHS - 1 - k; // 0 = December 2021
  if (fromEnd === 0) return rng.weighted([["SUBMITTED", 40], ["DRAFT", 30], [null, 30]] as const);
  if (fromEnd === 1) return rng.weighted([["APPROVED", 50], ["SUBMITTED", 30], ["RETURNED", 20]] as const);
  if (fromEnd === 2) return rng.weighted([["APPROVED", 85], ["SUBMITTED", 15]] as const);
  return rng.chance(0.01) ? "RETURNED" : "APPROVED";
}
