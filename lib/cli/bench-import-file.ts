// The benchmark's placements file: `rows` placements of new people (valid IINs from lib/iin
// makeIin, none already in the database) on projects of Almaty city, hired in the months after
// the region's last submitted report (so no month is locked), one in ten people with two
// placements one after the other. The demo's projects have all ended by then, so the file goes
// into the next programme year's projects, which this adds to the database first if it has none
// (a copy of each of the region's projects, in works from the first open month: what a region
// enters when a programme year is extended). Semicolon-separated UTF-8 with a BOM, Russian headers: what
// Excel on a Russian-language Windows writes.
import pg from "pg";
import type { Actor } from "@/lib/auth/permissions";
import { makeIin } from "@/lib/iin";
import { calendarDateIn, type CalendarDate } from "@/lib/iin/calendarDate";
import { PLACEMENT_COLUMNS } from "@/lib/imports/columns";
import { formatDay } from "@/lib/imports/values";
import { importMessages } from "@/lib/imports/vocabulary";

export type BenchFile = { bytes: Uint8Array; actor: Actor; regionCode: string; projects: number; period: string };

const REGION_CODE = "75";
const POSITIONS = ["Разнорабочий", "Каменщик", "Бетонщик", "Электрогазосварщик", "Маляр", "Водитель", "Плотник"];
const SURNAMES = ["Ахметов", "Жумабаев", "Иванов", "Касымов", "Нургалиев", "Омаров", "Сейтказиев", "Петров"];
const NAMES = ["Айдар", "Бауыржан", "Ерлан", "Нурлан", "Сергей", "Тимур", "Асхат", "Данияр"];

/** A small deterministic generator, so that two runs bench the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const addDays = (day: CalendarDate, days: number): CalendarDate => {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
const dayNumber = (day: CalendarDate) => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;

/** `seed` picks the people (new ones each time: IINs already in the database are skipped). */
export async function benchFile(url: string, rows: number, seed = 0): Promise<BenchFile> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const region = (await client.query<{ id: number }>(`SELECT id FROM "Region" WHERE code = $1`, [REGION_CODE])).rows[0];
    const user = (await client.query<{ id: number }>(`SELECT id FROM "User" WHERE role = 'AKIMAT' AND "regionId" = $1 ORDER BY id LIMIT 1`, [region?.id])).rows[0];
    if (!region || !user) throw new Error(`The database has no akimat user of region ${REGION_CODE}: seed it first.`);
    const taken = new Set((await client.query<{ iin: string }>(`SELECT iin FROM "Worker"`)).rows.map((r) => r.iin));
    const lastLocked = (await client.query<{ month: string | null }>(
      `SELECT to_char(max("month"), 'YYYY-MM-DD') AS month FROM "MonthlyReport" WHERE "regionId" = $1 AND status IN ('SUBMITTED', 'APPROVED')`,
      [region.id],
    )).rows[0]?.month;
    const today = calendarDateIn(new Date());
    const [y, m] = (lastLocked ?? "2020-01-01").split("-").map(Number) as [number, number];
    const start: CalendarDate = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
    const span = Math.min(180, dayNumber(today) - dayNumber(start));
    if (span < 60) throw new Error("No open months to import placements into.");
    const codes = await openProjects(client, region.id, start, addDays(start, span));
    if (codes.length === 0) throw new Error("No projects to import placements into.");

    const next = random(2020_03_27 + seed);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const labels = importMessages.ru.columns.PLACEMENTS as Record<string, string>;
    const lines = [PLACEMENT_COLUMNS.map((c) => labels[c.key]).join(";")];
    let serial = 0;
    while (lines.length - 1 < rows) {
      const birth: CalendarDate = { y: 1965 + Math.floor(next() * 40), m: 1 + Math.floor(next() * 12), d: 1 + Math.floor(next() * 28) };
      const female = next() < 0.3;
      const iin = makeIin(birth, female ? "FEMALE" : "MALE", (serial = (serial + 1 + Math.floor(next() * 7)) % 10_000));
      if (!iin || taken.has(iin)) continue;
      taken.add(iin);
      const name = `${pick(SURNAMES)}${female ? "а" : ""} ${pick(NAMES)}`;
      const twice = next() < 0.1 && rows - (lines.length - 1) >= 2;
      const hired = addDays(start, Math.floor(next() * (twice ? span / 2 - 50 : span)));
      const stints: Array<[CalendarDate, CalendarDate | null]> = twice
        ? [[hired, addDays(hired, 30)], [addDays(hired, 45), null]]
        : [[hired, next() < 0.3 ? addDays(hired, 20 + Math.floor(next() * 40)) : null]];
      for (const [from, to] of stints) {
        const referred = next() < 0.55;
        lines.push([iin, name, pick(codes), formatDay(from), to ? formatDay(to) : "", pick(POSITIONS), referred ? "да" : "нет",
          referred ? `ЦЗ-${Math.floor(next() * 1e6)}` : "", next() < 0.6 ? "да" : "нет"].join(";"));
      }
    }
    const text = "\ufeff" + lines.join("\r\n") + "\r\n";
    return {
      bytes: new TextEncoder().encode(text),
      actor: { id: user.id, role: "AKIMAT", regionId: region.id },
      regionCode: REGION_CODE,
      projects: codes.length,
      period: `${formatDay(start)}–${formatDay(addDays(start, span))}`,
    };
  } finally {
    await client.end();
  }
}

/**
 * Codes of the region's projects in works over the whole of [from, to]; when it has none, copies of
 * its projects for the programme year of `from`, in works from `from` (written once per database,
 * before anything is timed).
 */
async function openProjects(client: pg.Client, regionId: number, from: CalendarDate, to: CalendarDate): Promise<string[]> {
  const open = async () =>
    (await client.query<{ code: string }>(
      `SELECT code FROM "Project"
        WHERE "regionId" = $1 AND "actualStart" <= $2::date AND ("actualEnd" IS NULL OR "actualEnd" >= $3::date)
          AND status IN ('IN_PROGRESS', 'COMPLETED', 'COMMISSIONED')
        ORDER BY code`,
      [regionId, formatIso(from), formatIso(to)],
    )).rows.map((r) => r.code);
  const found = await open();
  if (found.length > 0) return found;
  await client.query(
    `INSERT INTO "Project" (code, name, "regionId", "districtId", settlement, category, "workType", status, "programmeYear",
                            "plannedStart", "plannedEnd", "actualStart", latitude, longitude, "contractorName", "contractorBin",
                            "plannedTemporaryJobs", "plannedPermanentJobs", "updatedAt")
     SELECT left(code, 26) || '-' || $2::int, name, "regionId", "districtId", settlement, category, "workType", 'IN_PROGRESS', $2::int,
            $3::date, make_date($2::int, 12, 31), $3::date, latitude, longitude, "contractorName", "contractorBin",
            "plannedTemporaryJobs", "plannedPermanentJobs", now()
       FROM "Project" WHERE "regionId" = $1 AND "programmeYear" < $2::int
     ON CONFLICT (code) DO NOTHING`,
    [regionId, from.y, formatIso(from)],
  );
  return open();
}

const formatIso = (day: CalendarDate) => `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
