// Demo accounts the seed creates, one per role and an akimat user for two regions.
// Used by the seed, printed by `npm start`, listed in the README, and used by e2e sign-ins.
// The password is public on purpose: these accounts exist only in demo databases.
import type { Role } from "@/generated/prisma/enums";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  /** KATO code of the region an AKIMAT user is bound to; null for national roles. */
  regionCode: string | null;
};

export const DEMO_PASSWORD = "Roadmap-2020!";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@roadmap.demo", name: "Ержан Сапаров", role: "ADMIN", regionCode: null },
  { email: "analyst@roadmap.demo", name: "Айгерим Нурланова", role: "ANALYST", regionCode: null },
  { email: "deputy@roadmap.demo", name: "Марат Оспанов", role: "DEPUTY", regionCode: null },
  { email: "akimat.akmola@roadmap.demo", name: "Ольга Петрова", role: "AKIMAT", regionCode: "11" },
  { email: "akimat.almaty@roadmap.demo", name: "Данияр Касымов", role: "AKIMAT", regionCode: "75" },
];
