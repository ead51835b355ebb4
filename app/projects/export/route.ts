// GET /projects/export?format=xlsx|csv&<registry filters> — the projects the registry shows, as a
// projects import file in the reader's language (registryFileRows in lib/projects/queries.ts): downloaded, edited in
// Excel and imported back. Checks the session and "project.read" itself (proxy.ts is not an
// authorization layer); projects hold no personal data, so every role may download them.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { refusal, routeAccess } from "@/lib/http/route-access";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { templateRegion } from "@/lib/imports/queries";
import { csvTemplate, xlsxTemplate } from "@/lib/imports/templates";
import { registryFileRows } from "@/lib/projects/queries";
import { parseRegistryFilters, registryRegion } from "@/lib/projects/registry";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

export async function GET(request: Request) {
  const access = await routeAccess("project.read");
  if (!access.ok) return access.response;
  const { user } = access;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "xlsx";
  if (format !== "xlsx" && format !== "csv") return refusal("notFound");
  const filters = parseRegistryFilters(Object.fromEntries(url.searchParams));
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const rows = await registryFileRows(user, filters, locale);
  const body = format === "xlsx"
    ? await xlsxTemplate("PROJECTS", locale, await templateRegion(registryRegion(filters, user), locale), rows)
    : csvTemplate("PROJECTS", locale, rows);
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(Buffer.from(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="roadmap-projects-${day}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
