// The summary report as a PDF, generated on the server with @react-pdf/renderer and
// the embedded Noto Sans: the same figures as the page — narrative, figures against targets,
// the table by region, a chart of people employed by region — with the as-of time and the source.
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/config";
import { composeNarrative } from "@/lib/narrative/narrative";
import { headlineOf, narrativeFiguresOf, targetHeading, type ReportFigures } from "@/lib/snapshots/report";
import { localName } from "@/lib/i18n/names";
import type { SnapshotSummary } from "@/lib/snapshots/queries";
import { PdfBarChart } from "./BarChart";
import { documentFormat } from "./format";
import { styles } from "./styles";
import { PdfTable } from "./Table";
import type { DocumentTranslator } from "./translator";
import { fulfilmentPercent } from "@/lib/dashboard/percent";

const regionColumns = ["projects", "peopleEmployed", "referred", "youthReferred", "commissioned", "permanentJobs"] as const;

export function SummaryDocument(props: { report: ReportFigures; snapshot: SnapshotSummary | null; locale: Locale; t: DocumentTranslator; generatedAt: Date }) {
  const { report, snapshot, locale, t } = props;
  const format = documentFormat(locale);
  const place = report.region ? localName(report.region, locale) : null;
  const title = place ? t("summary.titleRegion", { region: place }) : t("summary.title");
  const asOf = format.moment(report.asOf);
  const none = t("summary.table.none");
  const headline = headlineOf(report.scope);

  return (
    <Document title={title} language={locale} author={t("common.portalName")} subject={t("footer.programme")} creator={t("common.portalName")}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.kicker}>{t("footer.programme")}</Text>
        <Text style={styles.title}>{title}</Text>
        <Text>
          {snapshot ? t("summary.asOfSnapshot", { title: snapshot.title, time: asOf })
            : report.endOfMonth ? t("summary.asOfMonth", { day: format.day(report.asOf) })
            : t("summary.asOfLive", { time: asOf })}
        </Text>
        <Text style={styles.muted}>{snapshot ? t("summary.snapshotNote") : report.endOfMonth ? t("summary.asOfMonthNote") : t("summary.liveNote")}</Text>
        {report.scope.peopleWorking !== undefined ? (
          <Text>{t("summary.peopleWorking", { count: format.number(report.scope.peopleWorking), month: format.month(report.asOf) })}</Text>
        ) : null}

        <Text style={styles.h2}>{t("summary.narrativeTitle")}</Text>
        <Text style={styles.paragraph}>{composeNarrative(narrativeFiguresOf(report.scope), locale, { asOf: report.asOf, regionName: place })}</Text>

        <Text style={styles.h2}>{t("summary.headlineTitle")}</Text>
        <PdfTable
          widths={[80, 80, 64]}
          head={[t("summary.table.figure"), t("summary.table.value"), targetHeading(t, report.scope.targets), t("summary.table.percent")]}
          rows={headline.map((row) => [
            t(`summary.figures.${row.key}`),
            row.value === null ? none : format.number(row.value),
            row.target === null ? none : format.number(row.target),
            row.percent === null ? none : format.percent(row.percent),
          ])}
        />
        <Text style={[styles.muted, { marginTop: 4 }]}>{t("summary.youthNote")}</Text>

        <View break>
          <Text style={styles.h2}>{t("summary.regionsTitle")}</Text>
          <PdfTable
            fontSize={8}
            headFontSize={7}
            widths={[44, 58, 64, 50, 52, 52, 58]}
            head={[t("summary.regionsTable.region"), ...regionColumns.map((column) => t(`summary.regionsTable.${column}`)), t("summary.regionsTable.peopleTarget")]}
            rows={report.regions.map((region) => {
              const target = region.targets.values.PEOPLE_EMPLOYED ?? null;
              return [
                localName(region, locale),
                ...regionColumns.map((column) => format.number(region[column])),
                target ? format.percent(fulfilmentPercent(region.peopleEmployed, target)!) : none,
              ];
            })}
          />
          <Text style={[styles.muted, { marginTop: 4 }]}>{t("summary.regionsNote")}</Text>
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>{t("summary.charts.byRegion")}</Text>
          <PdfBarChart
            format={format.number}
            rows={[...report.regions].sort((a, b) => b.peopleEmployed - a.peopleEmployed).map((region) => ({ label: localName(region, locale), value: region.peopleEmployed }))}
          />
        </View>

        <Text style={[styles.muted, { marginTop: 12 }]}>{t("footer.dataSource")}</Text>
        {snapshot ? <Text style={styles.muted}>{t("summary.snapshotSource", { title: snapshot.title, time: asOf })}</Text> : null}

        <View style={styles.footer} fixed>
          <Text>{t("summary.pdf.generated", { time: format.moment(props.generatedAt) })}</Text>
          <Text render={({ pageNumber, totalPages }) => t("summary.pdf.page", { page: String(pageNumber), total: String(totalPages) })} />
        </View>
      </Page>
    </Document>
  );
}
