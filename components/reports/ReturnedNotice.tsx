// Shown at the top of a returned report: the analyst's reason, so that the akimat sees at once
// what to correct before submitting again.
import { getFormatter, getTranslations } from "next-intl/server";

export async function ReturnedNotice({ comment, reviewedAt, reviewerName }: { comment: string; reviewedAt: Date | null; reviewerName: string | null }) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  return (
    <section aria-labelledby="returned-title" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4" data-testid="return-comment">
      <h2 id="returned-title" className="text-lg font-semibold text-amber-900">{t("returned.title")}</h2>
      <blockquote className="mt-2 whitespace-pre-line border-l-4 border-amber-500 pl-3 text-slate-900">{comment}</blockquote>
      {reviewedAt ? (
        <p className="mt-2 text-sm text-slate-700">
          {t("returned.by", { name: reviewerName ?? "—", date: format.dateTime(reviewedAt, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-800">{t("returned.whatNext")}</p>
    </section>
  );
}
