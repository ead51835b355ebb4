// The summary report as a PDF generated on the server: the same report as the page,
// for the same ?region= and ?snapshot=, in the reader's language (or ?lang=ru|kk|en).
import { getLocale } from "next-intl/server";
import { refusal, routeAccess } from "@/lib/http/route-access";
import { isLocale } from "@/lib/i18n/config";
import { attachment } from "@/lib/pdf/format";
import { renderSummaryPdf } from "@/lib/pdf/render";
import { translatorFor } from "@/lib/pdf/translator";
import { loadReport, reportParams } from "@/lib/snapshots/load-report";

export async function GET(request: Request) {
  const access = await routeAccess("summary.read");
  if (!access.ok) return access.response;
  const search = new URL(request.url).searchParams;
  const loaded = await loadReport(access.user, reportParams(search));
  if (!loaded.ok) return refusal("notFound");
  const lang = search.get("lang");
  const locale = isLocale(lang) ? lang : await getLocale();
  const pdf = await renderSummaryPdf({ report: loaded.report, snapshot: loaded.snapshot, locale, t: await translatorFor(locale) });
  const day = loaded.report.asOf.toISOString().slice(0, 10);
  const name = ["summary", loaded.report.region?.code, loaded.snapshot ? `snapshot-${loaded.snapshot.id}` : null, day].filter(Boolean).join("-");
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": attachment(`${name}.pdf`, `${name}.pdf`), "Cache-Control": "private, no-store" },
  });
}
