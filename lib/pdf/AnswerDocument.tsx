// The answer to a deputies' inquiry as a PDF, in the answer's own language: the
// addressee, the reference to the inquiry ("На № ДЗ-145 от 30.09.2020 года"), the text as the
// analyst edited it, and the figures table of the snapshot it was written from.
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/config";
import { answerParagraphs, type AnswerDocumentData } from "@/lib/inquiries/document";
import { styles } from "./styles";
import { PdfTable } from "./Table";
import type { DocumentTranslator } from "./translator";

export function AnswerDocument({ data, locale, t }: { data: AnswerDocumentData; locale: Locale; t: DocumentTranslator }) {
  return (
    <Document title={data.title} language={locale} author={t("common.portalName")} creator={t("common.portalName")}>
      <Page size="A4" style={[styles.page, { fontSize: 11 }]}>
        <View style={{ marginLeft: "50%", marginBottom: 18 }}>
          {data.addressee.map((line, index) => (
            <Text key={index} style={index === 0 ? { fontWeight: 700 } : undefined}>{line}</Text>
          ))}
        </View>
        <Text style={{ marginBottom: 16 }}>{data.reference}</Text>
        {answerParagraphs(data.text).map((paragraph, index) => (
          <Text key={index} style={[styles.paragraph, { fontSize: 11 }]}>{paragraph}</Text>
        ))}
        {data.figures ? (
          <View wrap={false} style={{ marginTop: 8 }}>
            <Text style={styles.h2}>{data.figures.title}</Text>
            <PdfTable head={data.figures.head} rows={data.figures.rows} widths={[78, 78, 60]} fontSize={9.5} />
            <Text style={[styles.muted, { marginTop: 4 }]}>{data.figures.note}</Text>
          </View>
        ) : null}
        <View style={styles.footer} fixed>
          <Text>{data.title}</Text>
          <Text render={({ pageNumber, totalPages }) => t("summary.pdf.page", { page: String(pageNumber), total: String(totalPages) })} />
        </View>
      </Page>
    </Document>
  );
}
