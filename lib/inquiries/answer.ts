// The answer's first draft: salutation, the opening that names the inquiry, the
// narrative written from a snapshot's figures, and the source sentence that makes it citable —
// in the answer's language, which may differ from the analyst's. The analyst edits it freely.
import { composeNarrative } from "@/lib/narrative/narrative";
import { narrativeFiguresOf } from "@/lib/snapshots/report";
import type { SnapshotFigures } from "@/lib/snapshots/schema";
import type { DocumentTranslator } from "@/lib/pdf/translator";
import type { AnswerLocale } from "./schema";

/** "30.09.2020": the register's date format in every language. */
export function registerDate(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("ru", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(date);
}

export type AnswerSource = {
  inquiry: { number: string; receivedOn: Date; subject: string };
  snapshot: { title: string; figures: SnapshotFigures };
};

export function draftAnswerText(t: DocumentTranslator, locale: AnswerLocale, { inquiry, snapshot }: AnswerSource): string {
  const asOf = new Date(snapshot.figures.asOf);
  const narrative = composeNarrative(narrativeFiguresOf(snapshot.figures.national), locale, { asOf });
  return [
    t("inquiries.letter.salutation"),
    t("inquiries.letter.opening", { number: inquiry.number, date: registerDate(inquiry.receivedOn), subject: inquiry.subject }),
    narrative,
    t("inquiries.letter.source", { title: snapshot.title, date: registerDate(asOf, "Asia/Almaty") }),
  ].join("\n\n");
}
