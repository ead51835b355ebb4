// GET /projects/export?format=xlsx|csv&<registry filters> — the projects the registry shows, as a
// projects import file in the reader's language (registryFileRows in lib/projects/queries.ts): downloaded, edited in
// Excel and imported back. Checks the session and "project.read" itself (proxy.ts is not an
// authorization layer); projects hold no personal data, so every role may download them.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isAuthorizationError, requirePermission } from "@/lib/auth/permissions";
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
  const user = await getCurrentUser();
  try {
    requirePermission(user, "project.read");
  } catch (error) {
    if (!isAuthorizationError(error)) throw error;
    return NextResponse.json({ error: error.code }, { status: error.code === "unauthenticated" ? 401 : 403 });
  }
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "xlsx";
  if (format !== "xlsx" && format !== "csv") return NextResponse.json({ error: "notFound" }, { status: 404 });
  const filters = parseRegistryFilters(Object.fromEntries(url.searchParams));
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const rows = await registryFileRows(user!, filters, locale);
  const body = format === "xlsx"
    ? await xlsxTemplate("PROJECTS", locale, await templateRegion(registryRegion(filters, user!), locale), rows)
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
