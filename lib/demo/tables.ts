// The generated data as COPY rows, table by table, in foreign-key order. Rows are produced
// lazily, so ~2 million placements never exist as objects or strings all at once.
import { makeIin } from "@/lib/iin";
import { copyLine } from "./copyText";
import { isoDay, isoTimestamp, partsOfDay } from "./days";
import type { DemoData } from "./generate";
import { NO_DAY, REFERRED, UNEMPLOYED, YOUTH } from "./people";
import { fullName } from "./workerNames";
import { fundingChanges, statusChanges } from "./history";
import { POSITIONS } from "./vocabulary/people";

export type CopyTable = { name: string; columns: readonly string[]; rowCount: number; rows: () => Iterable<string> };

const day = (value: number | null) => (value === null || value === NO_DAY ? null : isoDay(value));
const SEEDED_AT = isoTimestamp(18_353, 9); // 1 April 2020, 09:00 in Almaty: the portal's first day

export function copyTables(data: DemoData, passwordHash: string): CopyTable[] {
  const { regions, users, projects, funding, people, permanentJobs, targets, reports } = data;
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const districts = regions.flatMap((r) => r.entry.districts.map((d, i) => ({ id: r.districtIds[i]!, regionId: r.id, ...d })));
  return [
    table("Region", ["id", "code", "nameRu", "nameKk", "nameEn", "population"], regions.length, function* () {
      for (const r of regions) yield copyLine([r.id, r.entry.code, r.entry.nameRu, r.entry.nameKk, r.entry.nameEn, r.entry.population]);
    }),
    table("District", ["id", "regionId", "nameRu", "nameKk", "nameEn"], districts.length, function* () {
      for (const d of districts) yield copyLine([d.id, d.regionId, d.nameRu, d.nameKk, d.nameEn]);
    }),
    table("User", ["id", "email", "name", "role", "regionId", "passwordHash", "active", "sessionVersion", "createdAt", "updatedAt"], users.length, function* () {
      for (const u of users) yield copyLine([u.id, u.email, u.name, u.role, u.regionId, passwordHash, true, 0, SEEDED_AT, SEEDED_AT]);
    }),
    table(
      "Project",
      ["id", "code", "name", "regionId", "districtId", "settlement", "category", "workType", "status", "programmeYear", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "latitude", "longitude", "contractorName", "contractorBin", "plannedTemporaryJobs", "plannedPermanentJobs", "commissionedAt", "version", "createdAt", "updatedAt"],
      projects.length,
      function* () {
        for (const p of projects) {
          const lastEvent = Math.max(p.createdDay, p.actualStart ?? 0, p.actualEnd ?? 0, p.commissionedAt ?? 0);
          yield copyLine([
            p.id, p.code, p.name, p.region.id, p.districtId, p.settlement, p.category, p.workType, p.status, p.programmeYear,
            day(p.plannedStart), day(p.plannedEnd), day(p.actualStart), day(p.actualEnd), p.latitude.toFixed(6), p.longitude.toFixed(6),
            p.contractor.name, p.contractor.bin, p.plannedTemporaryJobs, p.plannedPermanentJobs, day(p.commissionedAt), 1,
            isoTimestamp(p.createdDay, 10, p.id % 60), isoTimestamp(lastEvent, 17, p.id % 60),
          ]);
        }
      },
    ),
    table("ProjectFunding", ["id", "projectId", "source", "allocated", "disbursed"], funding.rows.length, function* () {
      for (const f of funding.rows) yield copyLine([f.id, f.projectId, f.source, `${f.allocated}.00`, `${f.disbursed}.00`]);
    }),
    table("ProjectStatusChange", ["projectId", "status", "changedOn", "recordedAt"], projects.reduce((n, p) => n + [...statusChanges(p)].length, 0), function* () {
      for (const p of projects) for (const c of statusChanges(p)) yield copyLine([c.projectId, c.status, isoDay(c.day), isoTimestamp(c.day, 17, p.id % 60)]);
    }),
    table("FundingChange", ["projectId", "source", "allocatedChange", "disbursedChange", "changedOn", "recordedAt"], funding.rows.reduce((n, f) => n + [...fundingChanges(projectById.get(f.projectId)!, f)].length, 0), function* () {
      for (const f of funding.rows) {
        for (const c of fundingChanges(projectById.get(f.projectId)!, f)) yield copyLine([c.projectId, c.source, `${c.allocated}.00`, `${c.disbursed}.00`, isoDay(c.day), isoTimestamp(c.day, 16, f.id % 60)]);
      }
    }),
    table("Worker", ["id", "iin", "fullName", "birthDate", "sex", "createdAt"], people.workerCount, function* () {
      for (let w = 0; w < people.workerCount; w++) {
        const female = people.female[w] === 1;
        const birth = people.birthDay[w]!;
        const iin = makeIin(partsOfDay(birth), female ? "FEMALE" : "MALE", people.serial[w]!)!;
        const name = fullName(people.nameStyle[w]!, female, people.surname[w]!, people.given[w]!, people.patronymic[w]!);
        yield copyLine([w + 1, iin, name, isoDay(birth), female ? "FEMALE" : "MALE", isoTimestamp(people.firstHire[w]!, 11, w % 60)]);
      }
    }),
    table(
      "Placement",
      ["id", "workerId", "projectId", "hiredAt", "endedAt", "position", "referredByEmploymentCentre", "referralNumber", "unemployedBeforeHiring", "youthAtHiring", "createdAt", "updatedAt"],
      people.placementCount,
      function* () {
        const referrals = new Map<string, number>();
        for (let i = 0; i < people.placementCount; i++) {
          const project = projects[people.project[i]!]!;
          const flags = people.flags[i]!;
          const hired = people.hired[i]!;
          const ended = people.ended[i]!;
          let referral: string | null = null;
          if (flags & REFERRED) {
            // Employment centres number referrals per region and year: "11/2020/000123".
            const key = `${project.region.entry.code}/${partsOfDay(hired).y}`;
            const n = (referrals.get(key) ?? 0) + 1;
            referrals.set(key, n);
            referral = `${key}/${String(n).padStart(6, "0")}`;
          }
          yield copyLine([
            i + 1, people.worker[i]!, project.id, isoDay(hired), day(ended), POSITIONS[people.position[i]!]![0],
            (flags & REFERRED) !== 0, referral, (flags & UNEMPLOYED) !== 0, (flags & YOUTH) !== 0,
            isoTimestamp(hired, 12, i % 60), isoTimestamp(ended === NO_DAY ? hired : ended, 16, i % 60),
          ]);
        }
      },
    ),
    table("PermanentJob", ["id", "projectId", "title", "employer", "createdOn", "filled", "workerId"], permanentJobs.length, function* () {
      for (const j of permanentJobs) yield copyLine([j.id, j.projectId, j.title, j.employer, isoDay(j.createdOn), j.filled, j.workerId]);
    }),
    table("Target", ["id", "metric", "programmeYear", "regionId", "value"], targets.length, function* () {
      for (const t of targets) yield copyLine([t.id, t.metric, t.programmeYear, t.regionId, t.value]);
    }),
    table(
      "MonthlyReport",
      ["id", "regionId", "month", "status", "adjacentIndustryJobs", "comment", "reviewComment", "submittedAt", "submittedById", "reviewedAt", "reviewedById", "createdAt", "updatedAt"],
      reports.length,
      function* () {
        for (const r of reports) {
          const submittedAt = r.submittedDay === null ? null : isoTimestamp(r.submittedDay, 15, r.id % 60);
          const reviewedAt = r.reviewedDay === null ? null : isoTimestamp(r.reviewedDay, 11, r.id % 60);
          const createdAt = isoTimestamp(r.createdDay, 9, r.id % 60);
          yield copyLine([
            r.id, r.regionId, isoDay(r.month), r.status, r.adjacentIndustryJobs, r.comment, r.reviewComment,
            submittedAt, r.submittedById, reviewedAt, r.reviewedById, createdAt, reviewedAt ?? submittedAt ?? createdAt,
          ]);
        }
      },
    ),
  ];
}

function table(name: string, columns: readonly string[], rowCount: number, rows: () => Iterable<string>): CopyTable {
  return { name, columns, rowCount, rows };
}
