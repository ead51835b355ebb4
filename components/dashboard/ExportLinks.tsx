// Download links of a table, with the filter of the view: the file holds what the page shows.
import { useTranslations } from "next-intl";
import { exportPath, withFilter } from "@/lib/dashboard/links";
import type { ExportTableName } from "@/lib/dashboard/export-names";
import type { DashboardFilter } from "@/lib/summary/schema";

export function ExportLinks({ table, filter }: { table: ExportTableName; filter: DashboardFilter }) {
  const t = useTranslations("dashboard");
  const title = t(`tables.${table}`);
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>{t("export.label", { table: title })}</span>
      {(["xlsx", "csv"] as const).map((format) => (
        <a
          key={format}
          href={withFilter(exportPath(table), filter, { format })}
          download
          aria-label={t("export.linkLabel", { table: title, format: t(`export.${format}`) })}
          data-testid={`export-${table}-${format}`}
          className="rounded border border-slate-300 px-2 py-0.5 font-medium text-brand-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-700"
        >
          {t(`export.${format}`)}
        </a>
      ))}
    </p>
  );
}
