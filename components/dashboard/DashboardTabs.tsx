// The dashboard's sections; each link carries the current filter so that switching section keeps
// the view (the filter lives in the URL).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { withFilter } from "@/lib/dashboard/links";
import type { DashboardFilter } from "@/lib/summary/schema";

export type DashboardSection = "overview" | "regions" | "trends" | "quality";

const paths: Record<DashboardSection, string> = {
  overview: "/dashboard",
  regions: "/dashboard/regions",
  trends: "/dashboard/trends",
  quality: "/dashboard/quality",
};

/** `quality`: whether the viewer may read monthly reports (the data-quality section is about them). */
export function DashboardTabs({ current, filter, quality }: { current: DashboardSection | null; filter: DashboardFilter; quality: boolean }) {
  const t = useTranslations("dashboard.tabs");
  const sections = (Object.keys(paths) as DashboardSection[]).filter((section) => section !== "quality" || quality);
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {sections.map((section) => (
          <li key={section}>
            <Link
              href={withFilter(paths[section], filter)}
              aria-current={section === current ? "page" : undefined}
              className={
                "-mb-px block border-b-4 px-3 py-2 font-medium focus-visible:outline-2 focus-visible:outline-brand-700 " +
                (section === current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-900")
              }
            >
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
