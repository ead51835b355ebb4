// The dashboard tables as export tables: the same loaders and rows as the pages (lib/dashboard/
// views.ts), headers in the user's language. None of these tables holds personal data (no IIN,
// no person's name): they are counts and money by place, category and month, and project names,
// so a deputy's exports are as an analyst's (tests/integration/dashboard.integration.test.ts).
import "server-only";
import { allows, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import type { ExportColumn, ExportTable } from "@/lib/exports/table";
import type { DashboardFilter } from "@/lib/summary/schema";
import type { ExportTableName } from "./export-names";
import { headlineMetrics } from "./headline";
import { localName } from "@/lib/i18n/names";
import { findDistrict, getDistrictProjects, getFilterOptions } from "./queries";
import { getDistrictRows, getLateReports, getOverview, getRegionRows, getTrends, targetsApply } from "./views";
import { fulfilmentPercent } from "./percent";

/** A translator over the whole catalogue ("dashboard.columns.region", "headline.projects", …). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ExportError = "needsRegion" | "needsDistrict" | "forbidden";

type Body = Pick<ExportTable, "columns" | "rows"> & { asOf?: Date };

const text = (header: string): ExportColumn => ({ header, kind: "text" });
const integer = (header: string): ExportColumn => ({ header, kind: "integer" });
const money = (header: string): ExportColumn => ({ header, kind: "money" });
const percent = (header: string): ExportColumn => ({ header, kind: "percent" });

/** The filter as [condition, value] lines in the user's language. */
async function describe(filter: DashboardFilter, locale: Locale, t: Translate): Promise<Array<[string, string]>> {
  const lines: Array<[string, string]> = [];
  if (filter.programmeYear !== undefined) lines.push([t("dashboard.filters.year"), String(filter.programmeYear)]);
  if (filter.regionId !== undefined) {
    const region = (await getFilterOptions()).regions.find((r) => r.id === filter.regionId);
    lines.push([t("dashboard.filters.region"), region ? localName(region, locale) : String(filter.regionId)]);
    if (region && filter.districtId !== undefined) {
      const district = await findDistrict(region.id, filter.districtId);
      if (district) lines.push([t("dashboard.columns.district"), localName(district, locale)]);
    }
  }
  if (filter.category) lines.push([t("dashboard.filters.category"), t(`dashboard.category.${filter.category}`)]);
  if (filter.workType) lines.push([t("dashboard.filters.workType"), t(`dashboard.workType.${filter.workType}`)]);
  if (filter.fundingSource) lines.push([t("dashboard.filters.source"), t(`dashboard.source.${filter.fundingSource}`)]);
  return lines;
}

const metricHeaders = (t: Translate) => headlineMetrics.map((metric) => integer(t(`headline.${metric}`)));

async function body(name: ExportTableName, filter: DashboardFilter, viewer: Actor, locale: Locale, t: Translate): Promise<Body | ExportError> {
  switch (name) {
    case "overview": {
      const overview = await getOverview(filter);
      return {
        asOf: overview.asOf,
        columns: [text(t("dashboard.columns.figure")), integer(t("dashboard.columns.value")), integer(t("dashboard.columns.target")), percent(t("dashboard.columns.percentShort")), integer(t("dashboard.columns.change"))],
        rows: headlineMetrics.map((metric) => {
          const { value, target } = overview.figures[metric];
          const percent = fulfilmentPercent(value, target);
          const ratio = percent === null ? null : percent / 100;
          return [t(`headline.${metric}`), value, target, ratio, overview.change?.changes[metric] ?? null];
        }),
      };
    }
    case "regions": {
      const { rows } = await getRegionRows(filter, locale);
      const withPercent = targetsApply(filter);
      return {
        columns: [
          text(t("dashboard.columns.code")),
          text(t("dashboard.columns.region")),
          ...metricHeaders(t),
          ...(withPercent ? headlineMetrics.map((metric) => percent(t("dashboard.columns.percentOf", { figure: t(`headline.${metric}`) }))) : []),
        ],
        rows: rows.map((row) => [
          row.code,
          row.name,
          ...headlineMetrics.map((metric) => row.values[metric]),
          ...(withPercent ? headlineMetrics.map((metric) => (row.percents[metric] === null ? null : row.percents[metric]! / 100)) : []),
        ]),
      };
    }
    case "districts": {
      if (filter.regionId === undefined) return "needsRegion";
      const region = (await getFilterOptions()).regions.find((r) => r.id === filter.regionId);
      if (!region) return "needsRegion";
      const rows = await getDistrictRows(region, filter, locale, t("dashboard.table.noDistrict"));
      return {
        columns: [text(t("dashboard.columns.district")), ...metricHeaders(t)],
        rows: rows.map((row) => [row.name, ...headlineMetrics.map((metric) => row.values[metric])]),
      };
    }
    case "projects": {
      if (filter.regionId === undefined || filter.districtId === undefined) return "needsDistrict";
      const projects = await getDistrictProjects(filter.regionId, filter.districtId, filter);
      return {
        columns: [
          text(t("dashboard.columns.code")), text(t("dashboard.columns.project")), text(t("dashboard.columns.category")),
          text(t("dashboard.columns.workType")), text(t("dashboard.columns.status")), integer(t("dashboard.columns.year")),
          integer(t("headline.peopleEmployed")), integer(t("headline.referredByEmploymentCentres")), integer(t("headline.youthAmongReferred")),
          integer(t("headline.youthAmongAll")), integer(t("headline.permanentJobs")), money(t("dashboard.columns.allocated")), money(t("dashboard.columns.disbursed")),
        ],
        rows: projects.map((p) => [
          p.code, p.name, t(`dashboard.category.${p.category}`), t(`dashboard.workType.${p.workType}`), t(`dashboard.status.${p.status}`), p.programmeYear,
          p.peopleEmployed, p.referred, p.youthAmongReferred, p.youthAmongAll, p.permanentJobs, p.allocated, p.disbursed,
        ]),
      };
    }
    case "series": {
      const { series } = await getTrends(filter);
      const keys = ["hires", "peopleEmployed", "referred", "youth", "youthReferred", "projectsStarted", "projectsCompleted", "projectsCommissioned", "permanentJobs"] as const;
      return {
        columns: [text(t("dashboard.columns.month")), ...keys.map((key) => integer(t(`dashboard.series.${key}`)))],
        rows: series.map((point) => [point.month, ...keys.map((key) => point[key])]),
      };
    }
    case "categories":
    case "workTypes": {
      const { breakdowns } = await getTrends(filter);
      const rows = name === "categories"
        ? breakdowns.byCategory.map((row) => ({ label: t(`dashboard.category.${row.category}`), ...row }))
        : breakdowns.byWorkType.map((row) => ({ label: t(`dashboard.workType.${row.workType}`), ...row }));
      return {
        columns: [
          text(t(name === "categories" ? "dashboard.columns.category" : "dashboard.columns.workType")),
          integer(t("headline.projects")), integer(t("headline.peopleEmployed")), integer(t("headline.referredByEmploymentCentres")),
          integer(t("headline.youthAmongReferred")), integer(t("headline.youthAmongAll")), integer(t("headline.objectsCommissioned")),
          integer(t("headline.permanentJobs")), money(t("dashboard.columns.allocated")), money(t("dashboard.columns.disbursed")),
        ],
        rows: rows.map((row) => [row.label, row.projects, row.peopleEmployed, row.referred, row.youthReferred, row.youth, row.commissioned, row.permanentJobs, row.allocated, row.disbursed]),
      };
    }
    case "sources": {
      const { breakdowns } = await getTrends(filter);
      return {
        columns: [text(t("dashboard.columns.source")), integer(t("dashboard.columns.projectsWithSource")), money(t("dashboard.columns.allocated")), money(t("dashboard.columns.disbursed"))],
        rows: breakdowns.bySource.map((row) => [t(`dashboard.source.${row.source}`), row.projects, row.allocated, row.disbursed]),
      };
    }
    case "lateReports": {
      const late = await getLateReports(viewer, locale);
      if (!late) return "forbidden";
      return {
        columns: [
          text(t("dashboard.columns.code")), text(t("dashboard.columns.region")), integer(t("dashboard.quality.missing")),
          integer(t("dashboard.quality.drafts")), integer(t("dashboard.quality.returned")), integer(t("dashboard.quality.late")), text(t("dashboard.quality.oldest")),
        ],
        rows: late.rows.map((row) => [row.code, row.name, row.missing, row.drafts, row.returned, row.late, row.oldest]),
      };
    }
  }
}

/** The table `name` under the filter, or why it cannot be exported. Permission "export.run" is the caller's check. */
export async function buildExportTable(name: ExportTableName, filter: DashboardFilter, viewer: Actor, locale: Locale, t: Translate): Promise<ExportTable | ExportError> {
  if (!allows(viewer, "dashboard.read")) return "forbidden";
  const [content, filters] = await Promise.all([body(name, filter, viewer, locale, t), describe(filter, locale, t)]);
  if (typeof content === "string") return content;
  return {
    title: t(`dashboard.tables.${name}`),
    columns: content.columns,
    rows: content.rows,
    filters,
    asOf: content.asOf ?? new Date(),
    labels: {
      filtersSheet: t("dashboard.export.filtersSheet"),
      asOf: t("dashboard.export.asOf"),
      parameter: t("dashboard.export.parameter"),
      value: t("dashboard.export.value"),
      noFilter: t("dashboard.export.noFilter"),
    },
  };
}
