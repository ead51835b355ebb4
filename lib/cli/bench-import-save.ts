// The "other region" side of `npm run bench:import`: one placement saved through the real
// mutation (addPlacement, what the placement form's server action calls) by the akimat user of
// Akmola region (KATO 11) while the import writes Almaty city (75), each time a new person with
// a valid IIN nobody in the database or in the benchmark file has (born 1950–1962: the file's
// people are born 1965–2004). Its floor, measured after each save in the same process: a one-row
// INSERT into a table of the benchmark's own, in its own committed transaction (BEGIN, INSERT,
// COMMIT), i.e. the cheapest durable write PostgreSQL can do at that moment.
import pg from "pg";
import type { Actor } from "@/lib/auth/permissions";
import { calendarDateIn, makeIin, type CalendarDate } from "@/lib/iin";
import { addPlacement } from "@/lib/placements/mutations";
import { addPlacementSchema } from "@/lib/placements/schema";

export const OTHER_REGION_CODE = "11";
const FLOOR_TABLE = "bench_save_floor";

/** One save: when it started (performance.now()), how long it took, and its error if it failed. */
export type SaveSample = { startedAt: number; ms: number; error: string | null; floorMs: number };

export type Saver = {
  describe: string;
  /** One save and, after it, one floor insert. */
  sample(): Promise<SaveSample>;
  close(): Promise<void>;
};

const dayText = (day: CalendarDate) => `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;

/**
 * What a failed save says: its class and code (a DomainError's code, Prisma's P-code), the
 * SQLSTATE under it if any (55P03 lock timeout, 40P01 deadlock, 57014 statement timeout), and the
 * first non-empty line of the first message in its cause chain that has one.
 */
function errorText(error: unknown): string {
  const codes: string[] = [];
  let message = "";
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const record = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; message?: unknown; cause?: unknown };
    for (const code of [record.code, record.originalCode, record.meta?.code]) if (typeof code === "string" && !codes.includes(code)) codes.push(code);
    if (!message && typeof record.message === "string") message = record.message.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
    e = record.cause ?? record.meta?.driverAdapterError;
  }
  const name = (error as { name?: string })?.name ?? "Error";
  return `${name}${codes.length ? ` ${codes.join("/")}` : ""}: ${message.slice(0, 160) || String(error).slice(0, 160)}`;
}

export async function otherRegionSaver(url: string): Promise<Saver> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<T>(sql, values)).rows[0];
  const region = await one<{ id: number; name: string }>(`SELECT id, "nameRu" AS name FROM "Region" WHERE code = $1`, [OTHER_REGION_CODE]);
  const user = await one<{ id: number }>(`SELECT id FROM "User" WHERE role = 'AKIMAT' AND "regionId" = $1 AND active ORDER BY id LIMIT 1`, [region?.id]);
  const project = await one<{ id: number; code: string }>(`SELECT id, code FROM "Project" WHERE "regionId" = $1 ORDER BY id LIMIT 1`, [region?.id]);
  if (!region || !user || !project) {
    await pool.end();
    throw new Error(`The database has no active akimat user or no project in region ${OTHER_REGION_CODE}: seed it first.`);
  }
  const actor: Actor = { id: user.id, role: "AKIMAT", regionId: region.id };

  // Hired today, or on the first day after the region's last submitted month if that is later.
  const lastLocked = (await one<{ month: string | null }>(
    `SELECT to_char(max("month"), 'YYYY-MM-DD') AS month FROM "MonthlyReport" WHERE "regionId" = $1 AND status IN ('SUBMITTED', 'APPROVED')`,
    [region.id],
  ))?.month;
  const today = calendarDateIn(new Date());
  let hired = today;
  if (lastLocked) {
    const [y, m] = lastLocked.split("-").map(Number) as [number, number];
    const open: CalendarDate = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
    if (dayText(open) > dayText(today)) hired = open;
  }
  const schema = addPlacementSchema(today);

  await pool.query(`CREATE TABLE IF NOT EXISTS ${FLOOR_TABLE} (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), note text)`);

  // New people: birth dates from 1950-01-01 on, serials from 9000, skipping any IIN already stored.
  let person = 0;
  const nextIin = async (): Promise<string> => {
    for (;;) {
      const n = person++;
      const birth = new Date(Date.UTC(1950, 0, 1 + (n % 4700)));
      const iin = makeIin({ y: birth.getUTCFullYear(), m: birth.getUTCMonth() + 1, d: birth.getUTCDate() }, n % 2 ? "FEMALE" : "MALE", 9000 + Math.floor(n / 4700));
      if (iin && !(await one(`SELECT 1 FROM "Worker" WHERE iin = $1`, [iin]))) return iin;
    }
  };

  const floor = async (): Promise<number> => {
    const client = await pool.connect();
    try {
      const started = performance.now();
      await client.query("BEGIN");
      await client.query(`INSERT INTO ${FLOOR_TABLE} (note) VALUES ($1)`, ["floor"]);
      await client.query("COMMIT");
      return performance.now() - started;
    } finally {
      client.release();
    }
  };

  return {
    describe: `region ${OTHER_REGION_CODE} (${region.name}), project ${project.code}, hired ${dayText(hired)}, as akimat user ${user.id}`,
    async sample() {
      const input = schema.parse({ iin: await nextIin(), fullName: "Сапарова Гульнар", position: "Маляр", hiredAt: dayText(hired) });
      const startedAt = performance.now();
      let error: string | null = null;
      try {
        await addPlacement(actor, project.id, input);
      } catch (caught) {
        error = errorText(caught);
      }
      const ms = performance.now() - startedAt;
      return { startedAt, ms, error, floorMs: await floor() };
    },
    async close() {
      await pool.query(`DROP TABLE IF EXISTS ${FLOOR_TABLE}`).catch(() => {});
      await pool.end();
    },
  };
}
