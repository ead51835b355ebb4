// Data and helpers for the import tests: two regions with an akimat each, projects in both, one
// stored placement (for the overlap rule against the database), and files built as an akimat's
// spreadsheet would be.
import { makeIin } from "@/lib/iin";
import { testPool } from "../db";

export type Actor = { id: number; role: "AKIMAT"; regionId: number };

export async function importFixture() {
  const db = testPool();
  const region = async (code: string, name: string) =>
    (await db.query<{ id: number }>(`INSERT INTO "Region" (code, "nameRu", "nameKk", "nameEn") VALUES ($1, $2, $2, $2) RETURNING id`, [code, name])).rows[0]!.id;
  const akmola = await region("11", "Акмолинская область");
  const karaganda = await region("35", "Карагандинская область");
  const district = (await db.query<{ id: number }>(
    `INSERT INTO "District" ("regionId", "nameRu", "nameKk", "nameEn") VALUES ($1, 'Бурабайский район', 'Бурабай ауданы', 'Burabay District') RETURNING id`,
    [akmola],
  )).rows[0]!.id;
  const project = async (regionId: number, code: string, name: string) =>
    (await db.query<{ id: number }>(
      `INSERT INTO "Project" (code, name, "regionId", category, "workType", "programmeYear", "updatedAt") VALUES ($1, $2, $3, 'SOCIAL', 'CAPITAL_REPAIR', 2021, now()) RETURNING id`,
      [code, name, regionId],
    )).rows[0]!.id;
  const school = await project(akmola, "AKM-001", "Ремонт школы №3, Кокшетау");
  const clinic = await project(akmola, "AKM-002", "Ремонт поликлиники, Щучинск");
  const road = await project(karaganda, "KAR-001", "Ремонт дороги Караганда — Темиртау");
  const user = async (email: string, regionId: number): Promise<Actor> => ({
    id: (await db.query<{ id: number }>(`INSERT INTO "User" (email, name, role, "regionId", "passwordHash", "updatedAt") VALUES ($1, $1, 'AKIMAT', $2, 'x', now()) RETURNING id`, [email, regionId])).rows[0]!.id,
    role: "AKIMAT",
    regionId,
  });
  const akimat = await user("akimat.akmola@test", akmola);
  const otherAkimat = await user("akimat.karaganda@test", karaganda);
  // A person already working on the Karaganda road since 01.03.2022, with no end date.
  const busy = makeIin({ y: 1985, m: 7, d: 14 }, "MALE", 42)!;
  const worker = (await db.query<{ id: number }>(`INSERT INTO "Worker" (iin, "fullName", "birthDate", sex) VALUES ($1, 'Серик Абенов', '1985-07-14', 'MALE') RETURNING id`, [busy])).rows[0]!.id;
  await db.query(
    `INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "youthAtHiring", "updatedAt") VALUES ($1, $2, '2022-03-01', false, now())`,
    [worker, road],
  );
  return { akmola, karaganda, district, school, clinic, road, akimat, otherAkimat, busy };
}

/** People of the test files: IINs with valid check digits. */
export const PEOPLE = {
  young: makeIin({ y: 2000, m: 5, d: 10 }, "MALE", 11)!, // 21 in 2022: youth
  older: makeIin({ y: 1975, m: 9, d: 20 }, "FEMALE", 12)!, // 46 in 2022
  third: makeIin({ y: 1990, m: 1, d: 2 }, "MALE", 13)!,
};

export const PLACEMENT_HEADER = "ИИН;ФИО;Код проекта;Дата приёма;Дата окончания работы;Должность;Направлен центром занятости;Номер направления;Безработный до приёма";

export function csv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`\ufeff${lines.join("\r\n")}\r\n`);
}

/** Three good placements in Akmola region: two people, one of them on two projects in turn. */
export function goodPlacements(): string[] {
  return [
    PLACEMENT_HEADER,
    `${PEOPLE.young};Ерлан Жұмабаев;AKM-001;01.02.2022;28.02.2022;Разнорабочий;да;ЦЗ-101;да`,
    `${PEOPLE.young};Ерлан Жұмабаев;akm-002;2022-03-01;;Каменщик;нет;;нет`,
    `${PEOPLE.older};Айгуль Сатпаева;AKM-002;15.02.2022;;Маляр;нет;;да`,
  ];
}

export async function tableCounts() {
  const { rows } = await testPool().query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM "Worker")::int AS workers, (SELECT count(*) FROM "Placement")::int AS placements,
            (SELECT count(*) FROM "Project")::int AS projects, (SELECT count(*) FROM "ProjectFunding")::int AS funding,
            (SELECT count(*) FROM "AuditEvent")::int AS audits, (SELECT count(*) FROM "WorkerProject")::int AS "workerProjects"`,
  );
  return rows[0]!;
}
