// Choosing the report's region and data (live, as of the end of a month, or "as of" a snapshot), printing it and
// downloading its PDF. A plain GET form: the choice lives in the URL, so a report can be shared
// and cited by link. Hidden when printing.
import Link from "next/link";
import { MONTH_LONG, monthAsDate } from "@/components/reports/format";
import type { MonthKey } from "@/lib/reports/period";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import type { RegionIdentity } from "@/lib/snapshots/schema";
import type { SnapshotSummary } from "@/lib/snapshots/queries";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/styles";
import { PrintButton } from "./PrintButton";

export function ReportControls(props: {
  regions: RegionIdentity[];
  snapshots: SnapshotSummary[];
  region: string | null;
  snapshot: number | null;
  /** The programme's months ("YYYY-MM") a report may be read as of, and the one chosen. */
  months: string[];
  asOf: string | null;
  pdfHref: string;
}) {
  const t = useTranslations("summary.controls");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <div className="flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-4 print:hidden" data-print="hide">
      <form method="get" action="/summary" aria-label={t("label")} className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="report-region" className={labelClass}>{t("region")}</label>
          <select id="report-region" name="region" defaultValue={props.region ?? ""} className={inputClass}>
            <option value="">{t("allRegions")}</option>
            {props.regions.map((region) => (
              <option key={region.code} value={region.code}>{localName(region, locale)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="report-as-of" className={labelClass}>{t("asOf")}</label>
          <select id="report-as-of" name="asOf" defaultValue={props.asOf ?? ""} className={inputClass}>
            <option value="">{t("asOfLive")}</option>
            {props.months.map((month) => (
              <option key={month} value={month}>{format.dateTime(monthAsDate(month as MonthKey), MONTH_LONG)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="report-snapshot" className={labelClass}>{t("snapshot")}</label>
          <select id="report-snapshot" name="snapshot" defaultValue={props.snapshot ?? ""} className={inputClass}>
            <option value="">{t("live")}</option>
            {props.snapshots.map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>
                {t("snapshotOption", { title: snapshot.title, time: format.dateTime(snapshot.takenAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>{t("show")}</button>
      </form>
      <div className="flex flex-wrap gap-3">
        <PrintButton label={t("print")} />
        <a href={props.pdfHref} className={secondaryButtonClass} download data-testid="summary-pdf">{t("pdf")}</a>
        <Link href="/summary/snapshots" className={secondaryButtonClass}>{t("snapshots")}</Link>
      </div>
    </div>
  );
}
