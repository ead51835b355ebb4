// The registry's table: server-rendered rows, column headers that sort through links (the URL
// keeps the state), aria-sort on the sorted column.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RegistryRow } from "@/lib/projects/queries";
import { sortQuery, type RegistryFilters, type RegistrySort } from "@/lib/projects/registry";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
    <Table>
      <Caption>{t("registry.caption")}</Caption>
      <THead>
        <Tr>
          {COLUMNS.map((column) => {
            const label = t(`columns.${column.key}` as "columns.code");
            const sorted = column.sort && filters.sort === column.sort;
            const ariaSort = sorted ? (filters.dir === "asc" ? "ascending" : "descending") : undefined;
            return (
              <Th key={column.key} scope="col" aria-sort={ariaSort} className={column.className}>
                {column.sort ? (
                  <Link href={`/projects${sortQuery(filters, column.sort)}`} title={t("sort.by", { column: label })} className="inline-flex items-center gap-1 text-brand-800 underline-offset-2 hover:underline">
                    {label}
                    <span aria-hidden="true">{sorted ? (filters.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                    {sorted ? <span className="sr-only">({t(filters.dir === "asc" ? "sort.ascending" : "sort.descending")})</span> : null}
                  </Link>
                ) : label}
              </Th>
            );
          })}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id} className="hover:bg-slate-50">
            <Td className="whitespace-nowrap font-mono text-xs">
              <Link href={`/projects/${row.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">{row.code}</Link>
            </Td>
            <Td>
              <span className="block">{row.name}</span>
            </Td>
            <Td>
              {row.regionName}
              {row.districtName ? <span className="block text-slate-600">{row.districtName}</span> : null}
            </Td>
            <Td>
              {enums(`category.${row.category}`)}
              <span className="block text-slate-600">{enums(`workType.${row.workType}`)}</span>
            </Td>
            <Td><StatusBadge status={row.status} label={enums(`status.${row.status}`)} /></Td>
            <Td className="whitespace-nowrap">{day(row.plannedStart)}</Td>
            <Td className="whitespace-nowrap tabular-nums">
              {format.number(row.plannedTemporaryJobs)} / {format.number(row.plannedPermanentJobs)}
            </Td>
            <Td className="whitespace-nowrap">{format.dateTime(row.updatedAt, { dateStyle: "short" })}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
