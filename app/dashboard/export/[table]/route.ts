// Downloads of the dashboard tables: CSV or XLSX, with the filter in the query string,
// headers in the user's language. Checks the session and the permission "export.run" itself:
// the proxy only redirects signed-out visitors and is not an authorization layer.
import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { isExportTableName } from "@/lib/dashboard/export-names";
import { buildExportTable, type Translate } from "@/lib/dashboard/export-tables";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";
import { refusal, routeAccess } from "@/lib/http/route-access";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(request: NextRequest, { params }: { params: Promise<{ table: string }> }) {
  const access = await routeAccess("export.run");
  if (!access.ok) return access.response;
  const { user } = access;
  const [messages, locale] = await Promise.all([getTranslations(), getLocale()]);
  const t: Translate = (key, values) => messages(key as never, values as never);
  const { table } = await params;
  if (!isExportTableName(table)) return refusal("notFound", t("dashboard.errors.unknownTable"));
  const format = request.nextUrl.searchParams.get("format") ?? "xlsx";
  if (format !== "csv" && format !== "xlsx") return refusal("invalid", t("dashboard.errors.unknownFormat"));

  const language = resolveLocale(locale);
  const result = await buildExportTable(table, parseDashboardFilter(request.nextUrl.searchParams), user, language, t);
  if (result === "forbidden") return refusal("forbidden");
  if (typeof result === "string") return refusal("invalid", t(`dashboard.errors.${result}`));

  const day = result.asOf.toISOString().slice(0, 10);
  const fileName = `roadmap-${table}-${day}.${format}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "no-store",
  };
  if (format === "csv") {
    return new Response(toCsv(result, language), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  return new Response(new Uint8Array(await toXlsx(result)), { headers: { ...headers, "Content-Type": XLSX_TYPE } });
}
