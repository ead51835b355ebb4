// Shared setup for the projects and permanent-jobs integration tests: two regions with a
// district each, one akimat user per region, an analyst and a deputy, and a valid project form.
import { prisma } from "@/lib/db/client";
import { makeBin } from "@/lib/iin";
import type { Actor } from "@/lib/auth/permissions";
import { testPool } from "../db";

export type SessionUser = Actor & { email: string; name: string; sessionVersion: number };

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld() {
  const akmola = await prisma.region.create({ data: { code: "11", nameRu: "Акмолинская область", nameKk: "Ақмола облысы", nameEn: "Akmola Region" } });
  const almaty = await prisma.region.create({ data: { code: "75", nameRu: "г. Алматы", nameKk: "Алматы қаласы", nameEn: "Almaty" } });
  const kokshetau = await prisma.district.create({ data: { regionId: akmola.id, nameRu: "г. Кокшетау", nameKk: "Көкшетау қ.", nameEn: "Kokshetau" } });
  const medeu = await prisma.district.create({ data: { regionId: almaty.id, nameRu: "Медеуский район", nameKk: "Медеу ауданы", nameEn: "Medeu District" } });
  const user = async (email: string, name: string, role: Actor["role"], regionId: number | null): Promise<SessionUser> => {
    const row = await prisma.user.create({ data: { email, name, role, regionId, passwordHash: "not-used" } });
    return { id: row.id, email, name, role, regionId, sessionVersion: 0 };
  };
  return {
    akmola,
    almaty,
    kokshetau,
    medeu,
    akimatAkmola: await user("akimat.akmola@test", "Ольга Петрова", "AKIMAT", akmola.id),
    akimatAkmola2: await user("akimat2.akmola@test", "Асель Ахметова", "AKIMAT", akmola.id),
    akimatAlmaty: await user("akimat.almaty@test", "Данияр Касымов", "AKIMAT", almaty.id),
    analyst: await user("analyst@test", "Айгерим Нурланова", "ANALYST", null),
    deputy: await user("deputy@test", "Марат Оспанов", "DEPUTY", null),
  };
}

export const CONTRACTOR_BIN = makeBin(2012, 4, 4321)!;

/** A complete, valid project form as the browser submits it (strings only). */
export function projectFields(world: World, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    code: "DKZ-2021-11-00001",
    name: "Капитальный ремонт школы № 3, г. Кокшетау",
    regionId: String(world.akmola.id),
    districtId: String(world.kokshetau.id),
    settlement: "г. Кокшетау",
    category: "SOCIAL",
    workType: "CAPITAL_REPAIR",
    status: "PLANNED",
    programmeYear: "2021",
    plannedStart: "2021-04-01",
    plannedEnd: "2021-10-31",
    actualStart: "",
    actualEnd: "",
    commissionedAt: "",
    latitude: "53.2833",
    longitude: "69.3833",
    contractorName: "ТОО «Көкшетау Құрылыс»",
    contractorBin: CONTRACTOR_BIN,
    plannedTemporaryJobs: "45",
    plannedPermanentJobs: "6",
    "funding.REPUBLICAN_BUDGET.allocated": "150000000",
    "funding.REPUBLICAN_BUDGET.disbursed": "0",
    "funding.LOCAL_BUDGET.allocated": "25 000 000",
    "funding.LOCAL_BUDGET.disbursed": "",
    ...overrides,
  };
}

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

export async function count(table: string, where = "true", params: unknown[] = []): Promise<number> {
  const { rows } = await testPool().query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, params);
  return Number(rows[0]!.n);
}

export async function auditEvents(entity: string) {
  const { rows } = await testPool().query(
    `SELECT "actorId", "entityId", action, before, after FROM "AuditEvent" WHERE entity = $1 ORDER BY id`,
    [entity],
  );
  return rows as Array<{ actorId: number | null; entityId: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>;
}

/** Submits (or approves) a region's report for a month: that month is locked for its writes. */
export async function lockMonth(regionId: number, month: string, status: "SUBMITTED" | "APPROVED" = "SUBMITTED") {
  await testPool().query(`INSERT INTO "MonthlyReport" ("regionId", month, status, "updatedAt") VALUES ($1, $2, $3, now())`, [regionId, month, status]);
}
