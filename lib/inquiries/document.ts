// The content of an exported answer (PDF and DOCX share it), in the answer's language: title,
// addressee, the reference to the inquiry, the edited text and the snapshot's figures table.
// Pure: the route handlers load the inquiry and the snapshot and pass a translator.
import type { Locale } from "@/lib/i18n/config";
import type { DocumentTranslator } from "@/lib/pdf/translator";
import { documentFormat } from "@/lib/pdf/format";
import { headlineOf, targetHeading } from "@/lib/snapshots/report";
import type { SnapshotFigures } from "@/lib/snapshots/schema";
import { registerDate } from "./answer";

export type AnswerDocumentData = {
  title: string;
  addressee: string[];
  reference: string;
  text: string;
  figures: { title: string; head: string[]; rows: string[][]; note: string } | null;
};

export type AnswerDocumentSource = {
  inquiry: { number: string; receivedOn: Date; authors: string; faction: string | null };
  text: string;
  snapshot: { title: string; figures: SnapshotFigures } | null;
};

/** Paragraphs separated by blank lines; single line breaks inside a paragraph become spaces. */
export function answerParagraphs(text: string): string[] {
  return text
    .replaceAll("\r\n", "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean).join(" "))
    .filter(Boolean);
}

export function answerDocumentData(source: AnswerDocumentSource, locale: Locale, t: DocumentTranslator): AnswerDocumentData {
  const format = documentFormat(locale);
  const { inquiry, snapshot } = source;
  const none = t("summary.table.none");
  let figures: AnswerDocumentData["figures"] = null;
  if (snapshot) {
    const national = snapshot.figures.national;
    figures = {
      title: t("inquiries.document.figuresTitle"),
      head: [
        t("summary.table.figure"),
        t("summary.table.value"),
        targetHeading(t, national.targets),
        t("summary.table.percent"),
      ],
      rows: headlineOf(national).map((row) => [
        t(`summary.figures.${row.key}`),
        row.value === null ? none : format.number(row.value),
        row.target === null ? none : format.number(row.target),
        row.percent === null ? none : format.percent(row.percent),
      ]),
      note: t("inquiries.document.figuresNote", { title: snapshot.title, time: format.moment(new Date(snapshot.figures.asOf)) }),
    };
  }
  return {
    title: t("inquiries.document.title", { number: inquiry.number }),
    addressee: [t("inquiries.document.addressee"), inquiry.authors, ...(inquiry.faction ? [inquiry.faction] : [])],
    reference: t("inquiries.document.reference", { number: inquiry.number, date: registerDate(inquiry.receivedOn) }),
    text: source.text,
    figures,
  };
}
