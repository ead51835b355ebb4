// Renders the portal's PDF documents to bytes on the server, with the embedded Noto Sans.
import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/config";
import type { AnswerDocumentData } from "@/lib/inquiries/document";
import type { SnapshotSummary } from "@/lib/snapshots/queries";
import type { ReportFigures } from "@/lib/snapshots/report";
import { AnswerDocument } from "./AnswerDocument";
import { registerPdfFonts } from "./fonts";
import { SummaryDocument } from "./SummaryDocument";
import type { DocumentTranslator } from "./translator";

export async function renderSummaryPdf(input: { report: ReportFigures; snapshot: SnapshotSummary | null; locale: Locale; t: DocumentTranslator }): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<SummaryDocument {...input} generatedAt={new Date()} />);
}

export async function renderAnswerPdf(input: { data: AnswerDocumentData; locale: Locale; t: DocumentTranslator }): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<AnswerDocument {...input} />);
}
