// Top of every dashboard page: where we are (breadcrumbs), the title, and the sections.
import type { Role } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import type { DashboardFilter } from "@/lib/summary/schema";
import { Breadcrumbs, type Crumb } from "./Breadcrumbs";
import { DashboardTabs, type DashboardSection } from "./DashboardTabs";

type Props = { crumbs: Crumb[]; title: string; intro: string; section: DashboardSection | null; filter: DashboardFilter; role: Role };

export function DashboardHeader({ crumbs, title, intro, section, filter, role }: Props) {
  return (
    <div className="space-y-4">
      <Breadcrumbs items={crumbs} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <p className="max-w-3xl text-slate-700">{intro}</p>
      </div>
      <DashboardTabs current={section} filter={filter} quality={can(role, "report.read")} />
    </div>
  );
}
