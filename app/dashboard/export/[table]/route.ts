// Downloads of the dashboard tables: CSV or XLSX, with the filter in the query string,
// headers in the user's language. Checks the session and the permission "export.run" itself:
// the proxy only redirects signed-out visitors and is not an authorization layer.
import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { allows } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { isExportTableName } from "@/lib/dashboard/export-names";
import { buildExportTable, type Translate } from "@/lib/dashboard/export-tables";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function refusal(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ table: string }> }) {
  const [user, messages, locale] = await Promise.all([getCurrentUser(), getTranslations(), getLocale()]);
  const t: Translate = (key, values) => messages(key as never, values as never);
  if (!user) return refusal(401, t("errors.unauthenticated"));
  if (!allows(user, "export.run")) return refusal(403, t("errors.forbidden"));
  const { table } = await params;
  if (!isExportTableName(table)) return refusal(404, t("dashboard.errors.unknownTable"));
  const format = request.nextUrl.searchParams.get("format") ?? "xlsx";
  if (format !== "csv" && format !== "xlsx") return refusal(400, t("dashboard.errors.unknownFormat"));

  const language = resolveLocale(locale);
  const result = await buildExportTable(table, parseDashboardFilter(request.nextUrl.searchParams), user, language, t);
  if (result === "forbidden") return refusal(403, t("errors.forbidden"));
  if (typeof result === "string") return refusal(400, t(`dashboard.errors.${result}`));

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
