// The registry's table: server-rendered rows, column headers that sort through links (the URL
// keeps the state), aria-sort on the sorted column.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RegistryRow } from "@/lib/projects/queries";
import { sortQuery, type RegistryFilters, type RegistrySort } from "@/lib/projects/registry";
import { StatusBadge } from "./StatusBadge";

type Column = { key: string; sort?: RegistrySort; className?: string };

const COLUMNS: Column[] = [
  { key: "code", sort: "code", className: "whitespace-nowrap" },
  { key: "name", sort: "name" },
  { key: "region", sort: "region" },
  { key: "category" },
  { key: "status", sort: "status" },
  { key: "start", sort: "start", className: "whitespace-nowrap" },
  { key: "plannedJobs", sort: "plannedJobs" },
  { key: "updatedAt", sort: "updatedAt", className: "whitespace-nowrap" },
];

export async function RegistryTable({ rows, filters }: { rows: RegistryRow[]; filters: RegistryFilters }) {
  const [t, enums, format] = await Promise.all([getTranslations("projects"), getTranslations("enums"), getFormatter()]);
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeZone: "UTC" }) : "—");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("registry.caption")}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {COLUMNS.map((column) => {
              const label = t(`columns.${column.key}` as "columns.code");
              const sorted = column.sort && filters.sort === column.sort;
              const ariaSort = sorted ? (filters.dir === "asc" ? "ascending" : "descending") : undefined;
              return (
                <th key={column.key} scope="col" aria-sort={ariaSort} className={`px-3 py-2 font-semibold ${column.className ?? ""}`}>
                  {column.sort ? (
                    <Link href={`/projects${sortQuery(filters, column.sort)}`} title={t("sort.by", { column: label })} className="inline-flex items-center gap-1 text-brand-800 underline-offset-2 hover:underline">
                      {label}
                      <span aria-hidden="true">{sorted ? (filters.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                      {sorted ? <span className="sr-only">({t(filters.dir === "asc" ? "sort.ascending" : "sort.descending")})</span> : null}
                    </Link>
                  ) : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} className="align-top hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">
                <Link href={`/projects/${row.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">{row.code}</Link>
              </td>
              <td className="px-3 py-2">
                <span className="block">{row.name}</span>
              </td>
              <td className="px-3 py-2">
                {row.regionName}
                {row.districtName ? <span className="block text-slate-600">{row.districtName}</span> : null}
              </td>
              <td className="px-3 py-2">
                {enums(`category.${row.category}`)}
                <span className="block text-slate-600">{enums(`workType.${row.workType}`)}</span>
              </td>
              <td className="px-3 py-2"><StatusBadge status={row.status} label={enums(`status.${row.status}`)} /></td>
              <td className="whitespace-nowrap px-3 py-2">{day(row.plannedStart)}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                {format.number(row.plannedTemporaryJobs)} / {format.number(row.plannedPermanentJobs)}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{format.dateTime(row.updatedAt, { dateStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
