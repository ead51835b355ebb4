// The answer as saved: its text, the figures table of its snapshot, and the PDF / DOCX
// downloads. A deputy sees it only once sent (the query leaves `answer` empty before that).
import { useTranslations } from "next-intl";
import { HeadlineTable } from "@/components/summary/HeadlineTable";
import { answerParagraphs } from "@/lib/inquiries/document";
import type { InquiryDetails } from "@/lib/inquiries/queries";
import type { Snapshot } from "@/lib/snapshots/queries";
import { secondaryButtonClass } from "@/components/ui/styles";

export function AnswerView({ inquiry, snapshot, editing }: { inquiry: InquiryDetails; snapshot: Snapshot | null; editing: boolean }) {
  const t = useTranslations("inquiries.answer");
  const text = inquiry.answer?.text;
  if (!text) return editing ? null : <p className="text-slate-700" data-testid="answer-not-yet">{t("notYet")}</p>;
  return (
    <div className="space-y-5">
      {editing ? (
        <h3 className="font-semibold text-slate-800">{t("savedDraft")}</h3>
      ) : (
        <div className="max-w-4xl space-y-3 font-serif leading-relaxed" lang={inquiry.answer?.locale ?? undefined} data-testid="answer-text">
          {answerParagraphs(text).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {snapshot ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{t("figuresFrom", { title: snapshot.title })}</p>
          <HeadlineTable scope={snapshot.figures.national} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <a href={`/inquiries/${inquiry.id}/pdf`} className={secondaryButtonClass} download data-testid="answer-pdf">{t("pdf")}</a>
        <a href={`/inquiries/${inquiry.id}/docx`} className={secondaryButtonClass} download data-testid="answer-docx">{t("docx")}</a>
      </div>
    </div>
  );
}
