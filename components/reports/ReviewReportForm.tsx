"use client";
// The analyst's decision on a submitted report: approve (the month stays locked), or return it
// to the akimat with the reason, which the akimat then sees on its report page.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { reviewReportAction } from "@/lib/reports/actions";
import { initialActionState } from "@/lib/forms/state";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/form";

export function ReviewReportForm({ regionCode, month }: { regionCode: string; month: string }) {
  const t = useTranslations("reports");
  const [state, action, pending] = useActionState(reviewReportAction.bind(null, regionCode, month), initialActionState);
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className="space-y-4" data-testid="review-report-form">
      <FormStatus state={state} namespace="reports" />
      <div className="space-y-1">
        <label htmlFor="reviewComment" className={labelClass}>{t("review.commentLabel")}</label>
        <textarea
          id="reviewComment"
          name="reviewComment"
          rows={3}
          defaultValue={state.values?.reviewComment ?? ""}
          aria-invalid={errors.reviewComment ? true : undefined}
          aria-describedby="reviewComment-hint reviewComment-errors"
          className={inputClass}
        />
        <p id="reviewComment-hint" className="text-sm text-slate-600">{t("review.commentHint")}</p>
        <FieldErrors id="reviewComment-errors" codes={errors.reviewComment} namespace="reports" />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClass}>
          {t("review.approve")}
        </button>
        <button type="submit" name="decision" value="return" disabled={pending} className={secondaryButtonClass}>
          {t("review.return")}
        </button>
      </div>
    </form>
  );
}
