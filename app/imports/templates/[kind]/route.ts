// GET /imports/templates/projects|placements?format=xlsx|csv — the import file templates, with
// column headers in the reader's language. Only those who may import get them ("import.run").
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { refusal, routeAccess } from "@/lib/http/route-access";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { kindFromSlug, kindSlug } from "@/lib/imports/columns";
import { templateRegion } from "@/lib/imports/queries";
import { csvTemplate, xlsxTemplate } from "@/lib/imports/templates";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const access = await routeAccess("import.run");
  if (!access.ok) return access.response;
  const { scope } = access;
  const kind = kindFromSlug((await params).kind);
  const format = new URL(request.url).searchParams.get("format") ?? "xlsx";
  if (!kind || (format !== "xlsx" && format !== "csv")) return refusal("notFound");
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const body = format === "xlsx" ? await xlsxTemplate(kind, locale, await templateRegion(scope.regionId, locale)) : csvTemplate(kind, locale);
  return new NextResponse(Buffer.from(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="roadmap-${kindSlug(kind)}-template-${locale}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
