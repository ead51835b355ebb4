// GET /imports/data/placements[?region=<id>] — a region's placements, names and IINs included, as
// a CSV in the placements import format (streamed: a region may have 200,000), to keep working
// in Excel and import the file back. Personal data: the session must hold "personalData.read" in
// the region (an akimat gets its own region whatever it asks; an analyst names one), and every
// download is recorded in the audit log before a byte is sent. Deputies never get it.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { grantOf } from "@/lib/auth/permissions";
import { refusal, routeAccess } from "@/lib/http/route-access";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/config";
import { templateRegion } from "@/lib/imports/queries";
import { csvHeader, csvLines } from "@/lib/imports/templates";
import { recordPlacementsDownload } from "@/lib/placements/mutations";
import { regionPlacementRecords, regionWorkerIds } from "@/lib/placements/queries";

export async function GET(request: Request) {
  const access = await routeAccess("personalData.read");
  if (!access.ok) return access.response;
  const { user, scope } = access;
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const regionId = scope.regionId ?? Number(new URL(request.url).searchParams.get("region"));
  if (!Number.isInteger(regionId) || regionId <= 0) return refusal("invalid", (await getTranslations("imports.upload"))("regionPlacementsNeedRegion"));
  const region = await templateRegion(regionId, locale);
  if (!region) return refusal("notFound");
  const national = grantOf(user.role, "personalData.read") === "national";
  await recordPlacementsDownload(user, regionId, "csv", national ? await regionWorkerIds(user, regionId) : undefined);
  const pages = regionPlacementRecords(user, regionId, locale);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader("PLACEMENTS", locale)));
    },
    async pull(controller) {
      const page = await pages.next();
      if (page.done) controller.close();
      else controller.enqueue(encoder.encode(csvLines("PLACEMENTS", locale, page.value)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="roadmap-placements-${region.code}-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
