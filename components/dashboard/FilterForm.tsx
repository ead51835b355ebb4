// The dashboard filter as a plain GET form: submitting it puts the choice into the URL, so the
// view can be shared by link and works without JavaScript. Names are lib/summary's URL names.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import type { FilterOptions } from "@/lib/dashboard/queries";
import { categories, filterParams, fundingSources, workTypes } from "@/lib/summary/filter-params";
import type { DashboardFilter } from "@/lib/summary/schema";
import { fieldLabelClass, primaryButtonClass, selectClass } from "./styles";

type Props = {
  action: string;
  filter: DashboardFilter;
  options: FilterOptions;
  locale: Locale;
  /** Region shown as chosen (a region's own page), when not in the filter. */
  regionId?: number;
  /** Other URL state to keep (e.g. the table's sort). */
  keep?: Record<string, string | undefined>;
};

export function FilterForm({ action, filter, options, locale, regionId, keep = {} }: Props) {
  const t = useTranslations("dashboard");
  const field = (name: string, label: string, value: string | undefined, choices: Array<[string, string]>) => {
    const id = `filter-${name}`;
    return (
      <div className="min-w-0 flex-1 basis-44">
        <label htmlFor={id} className={fieldLabelClass}>
          {label}
        </label>
        <select id={id} name={name} defaultValue={value ?? ""} className={selectClass}>
          <option value="">{t("filters.any")}</option>
          {choices.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const region = filter.regionId ?? regionId;
  return (
    <form method="get" action={action} role="search" aria-labelledby="dashboard-filter-legend" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="dashboard-filter-legend" className="mb-3 text-base font-semibold text-slate-900">
        {t("filters.legend")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        {field(filterParams.programmeYear, t("filters.year"), filter.programmeYear?.toString(), options.years.map((y) => [String(y), String(y)]))}
        {field(filterParams.regionId, t("filters.region"), region?.toString(), options.regions.map((r) => [String(r.id), localName(r, locale)]))}
        {field(filterParams.category, t("filters.category"), filter.category, categories.map((c) => [c, t(`category.${c}`)]))}
        {field(filterParams.workType, t("filters.workType"), filter.workType, workTypes.map((w) => [w, t(`workType.${w}`)]))}
        {field(filterParams.fundingSource, t("filters.source"), filter.fundingSource, fundingSources.map((s) => [s, t(`source.${s}`)]))}
        {Object.entries(keep).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
        <div className="flex items-center gap-4">
          <button type="submit" className={primaryButtonClass}>
            {t("filters.apply")}
          </button>
          <Link href={action} className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {t("filters.reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
