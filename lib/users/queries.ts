// Reads for user administration. Password hashes are never selected here.
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import type { RegionOption } from "./schema";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  regionId: true,
  active: true,
  lastSignInAt: true,
  createdAt: true,
  region: { select: { code: true, nameRu: true, nameKk: true, nameEn: true } },
} as const;

function toRow(user: Awaited<ReturnType<typeof findUsers>>[number], locale: Locale) {
  const { region, ...rest } = user;
  return { ...rest, regionName: region ? localName(region, locale) : null };
}

function findUsers() {
  return prismaRead.user.findMany({ select: userSelect, orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }] });
}

export type UserRow = ReturnType<typeof toRow>;

/** Every account, active first. Only for those who manage users; asked again here on purpose. */
export async function listUsers(viewer: Actor, locale: Locale): Promise<UserRow[]> {
  requirePermission(viewer, "user.manage");
  return (await findUsers()).map((user) => toRow(user, locale));
}

export async function getUser(viewer: Actor, id: number, locale: Locale): Promise<UserRow | null> {
  requirePermission(viewer, "user.manage");
  const user = await prismaRead.user.findUnique({ where: { id }, select: userSelect });
  return user ? toRow(user, locale) : null;
}

/** Regions an akimat account can be bound to, in KATO code order. */
export async function listRegionOptions(locale: Locale): Promise<RegionOption[]> {
  const regions = await prismaRead.region.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameRu: true, nameKk: true, nameEn: true } });
  return regions.map((region) => ({ id: region.id, code: region.code, name: localName(region, locale) }));
}
