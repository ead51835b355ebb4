// The monthly series behind the trends: per month, hires and first hires summed from
// RegionMonth (CellMonth with a district, SourceMonth with a funding source, ProjectMonth with
// both), minus the multi-project correction per month (a person counts once, at the month of
// their earliest first hire in the selected projects); cumulative columns are window sums from
// the first month. People working during a month are the month's own count (closed placements)
// plus a window sum of those who work on from earlier months (open placements), each minus its
// correction (summary_working_excess). The months are the programme's: from April 2020 (earlier records count in
// April's cumulative figures) to December of the last programme year.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { cellConditions, correctionScope, sourceCondition, whereAll } from "./conditions";
import type { DashboardFilter } from "./schema";
import { FIRST_REPORT_MONTH } from "@/lib/reports/period";

/** The Roadmap's first month (lib/reports/period.ts): Order No. 55-р of 27.03.2020 set monthly reporting from April. */
export const SERIES_START = `${FIRST_REPORT_MONTH}-01`;

const VALUES = Prisma.raw(`sum(v."hires") AS hires, sum(v."newWorkers") AS nw, sum(v."newReferredWorkers") AS nr,
  sum(v."newYouthWorkers") AS ny, sum(v."newYouthReferredWorkers") AS nyr, sum(v."projectsStarted") AS ps,
  sum(v."projectsCompleted") AS pc, sum(v."projectsCommissioned") AS pm, sum(v."permanentJobsCreated") AS pj,
  sum(v."peopleWorking") AS pw, sum(v."peopleWorkingOnwards") AS pwo`);

function sums(filter: DashboardFilter): Prisma.Sql {
  if (filter.fundingSource !== undefined && filter.districtId === undefined) {
    const where = whereAll([
      Prisma.sql`v.source = ${filter.fundingSource}::"FundingSource"`,
      ...cellConditions(filter, "v", { withDistrict: false }),
    ]);
    return Prisma.sql`SELECT v.month, ${VALUES} FROM "SourceMonth" v ${where} GROUP BY v.month`;
  }
  if (filter.fundingSource !== undefined) {
    const where = whereAll([...cellConditions(filter, "s"), ...sourceCondition(filter, "s")]);
    return Prisma.sql`SELECT v.month, ${VALUES} FROM "ProjectMonth" v
      JOIN "ProjectStats" s ON s."projectId" = v."projectId" ${where} GROUP BY v.month`;
  }
  if (filter.districtId !== undefined) {
    return Prisma.sql`SELECT v.month, ${VALUES} FROM "CellMonth" v ${whereAll(cellConditions(filter, "v"))} GROUP BY v.month`;
  }
  const where = whereAll(cellConditions(filter, "v", { withDistrict: false }));
  return Prisma.sql`SELECT v.month, ${VALUES} FROM "RegionMonth" v ${where} GROUP BY v.month`;
}

/** CTEs `correction(month, workers, referred, youth, youth_referred, working, onwards)`. */
function correction(filter: DashboardFilter): Prisma.Sql {
  const scope = correctionScope(filter, "all", "c");
  if (scope) {
    return Prisma.sql`correction AS (
      SELECT month, "workers" AS workers, "referredWorkers" AS referred, "youthWorkers" AS youth,
             "youthReferredWorkers" AS youth_referred, "peopleWorking" AS working, "peopleWorkingOnwards" AS onwards
      FROM "PeopleCorrection" c ${whereAll(scope)})`;
  }
  const members = [...cellConditions(filter, "m"), ...sourceCondition(filter, "m")];
  const where = whereAll([...members, Prisma.sql`k.first IS NOT NULL`]);
  return Prisma.sql`working AS (
      SELECT e.month, sum(e.working) AS working, sum(e.onwards) AS onwards
      FROM (
        SELECT m."workerId", array_agg(v.day) FILTER (WHERE NOT v.open) AS months,
               array_agg(v.day) FILTER (WHERE v.open) AS sinces
        FROM "MultiProjectMembership" m
        CROSS JOIN LATERAL (
          SELECT x, false FROM unnest(m."workingMonths") AS x
          UNION ALL SELECT m."workingSince", true WHERE m."workingSince" IS NOT NULL
        ) AS v(day, open)
        ${whereAll(members)}
        GROUP BY m."workerId"
      ) AS p
      CROSS JOIN LATERAL summary_working_excess(p.months, p.sinces) AS e
      GROUP BY e.month
    ),
    items AS (
      SELECT m."workerId", k.kind, summary_month(k.first) AS month
      FROM "MultiProjectMembership" m
      CROSS JOIN LATERAL (VALUES (0, m."firstHiredAt"), (1, m."firstReferredAt"), (2, m."firstYouthAt"),
                                 (3, m."firstYouthReferredAt")) AS k(kind, first)
      ${where}
    ),
    firsts AS (
      SELECT month, sum(n) FILTER (WHERE kind = 0) AS workers, sum(n) FILTER (WHERE kind = 1) AS referred,
             sum(n) FILTER (WHERE kind = 2) AS youth, sum(n) FILTER (WHERE kind = 3) AS youth_referred
      FROM (
        SELECT month, kind, 1 AS n FROM items
        UNION ALL
        SELECT min(month), kind, -1 FROM items GROUP BY "workerId", kind
      ) AS amounts
      GROUP BY month
    ),
    correction AS (
      SELECT coalesce(f.month, w.month) AS month, f.workers, f.referred, f.youth, f.youth_referred, w.working, w.onwards
      FROM firsts f FULL JOIN working w ON w.month = f.month
    )`;
}

export function seriesSql(filter: DashboardFilter): Prisma.Sql {
  return Prisma.sql`
    WITH sums AS (${sums(filter)}),
    ${correction(filter)},
    bounds AS (
      SELECT least(${SERIES_START}::date, (SELECT min(month) FROM sums)) AS first,
             -- The programme's months only: a record dated after the last programme year is a data
             -- check (datesOutsideProgramme), not a reason to stretch the chart to today.
             least(greatest(${SERIES_START}::date, (SELECT max(month) FROM "RegionMonth")),
                   coalesce(summary_month(programme_last_day()), ${SERIES_START}::date)) AS last
    ),
    monthly AS (
      SELECT g.month::date AS month, coalesce(s.hires, 0) AS hires,
             coalesce(s.nw, 0) - coalesce(c.workers, 0) AS people,
             coalesce(s.nr, 0) - coalesce(c.referred, 0) AS referred,
             coalesce(s.ny, 0) - coalesce(c.youth, 0) AS youth,
             coalesce(s.nyr, 0) - coalesce(c.youth_referred, 0) AS youth_referred,
             coalesce(s.ps, 0) AS ps, coalesce(s.pc, 0) AS pc, coalesce(s.pm, 0) AS pm, coalesce(s.pj, 0) AS pj,
             coalesce(s.pw, 0) - coalesce(c.working, 0) AS pw, coalesce(s.pwo, 0) - coalesce(c.onwards, 0) AS pwo
      FROM bounds b
      CROSS JOIN generate_series(b.first, b.last, interval '1 month') AS g(month)
      LEFT JOIN sums s ON s.month = g.month::date
      LEFT JOIN correction c ON c.month = g.month::date
    ),
    cumulative AS (
      SELECT month, hires, people AS new_people,
             sum(people) OVER w AS people, sum(referred) OVER w AS referred, sum(youth) OVER w AS youth,
             sum(youth_referred) OVER w AS youth_referred, sum(ps) OVER w AS ps, sum(pc) OVER w AS pc,
             sum(pm) OVER w AS pm, sum(pj) OVER w AS pj, pw + sum(pwo) OVER w AS working
      FROM monthly
      WINDOW w AS (ORDER BY month)
    )
    SELECT to_char(month, 'YYYY-MM') AS month, hires::int, new_people::int, people::int, referred::int, youth::int,
           youth_referred::int, ps::int, pc::int, pm::int, pj::int, working::int
    FROM cumulative
    WHERE month >= ${SERIES_START}::date
    ORDER BY month`;
}
