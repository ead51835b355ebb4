"use client";
// The akimat's part of the monthly report: the one typed figure (cumulative jobs in adjacent
// industries), a comment, and Submit. A value below last month's is flagged as it is typed, but
// not refused: it may be a correction.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { submitReportAction } from "@/lib/reports/actions";
import { adjacentJobsDecreased } from "@/lib/reports/figures";
import { initialActionState } from "@/lib/forms/state";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass } from "@/components/ui/form";

export function SubmitReportForm({ regionCode, month, defaultAdjacent, previousAdjacent, defaultComment }: {
  regionCode: string;
  month: string;
  defaultAdjacent: number | null;
  previousAdjacent: number | null;
  defaultComment: string | null;
}) {
  const t = useTranslations("reports");
  const [state, action, pending] = useActionState(submitReportAction.bind(null, regionCode, month), initialActionState);
  const [typed, setTyped] = useState(state.values?.adjacentIndustryJobs ?? (defaultAdjacent === null ? "" : String(defaultAdjacent)));
  const parsed = /^\d+$/.test(typed.replace(/\s/g, "")) ? Number(typed.replace(/\s/g, "")) : null;
  const decreased = parsed !== null && adjacentJobsDecreased(previousAdjacent, parsed);
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className="space-y-4" data-testid="submit-report-form">
      <FormStatus state={state} namespace="reports" />
      <div className="space-y-1">
        <label htmlFor="adjacentIndustryJobs" className={labelClass}>{t("submit.adjacentLabel")}</label>
        <input
          id="adjacentIndustryJobs"
          name="adjacentIndustryJobs"
          inputMode="numeric"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={errors.adjacentIndustryJobs ? true : undefined}
          aria-describedby="adjacentIndustryJobs-hint adjacentIndustryJobs-errors"
          className={`${inputClass} max-w-xs`}
        />
        <div id="adjacentIndustryJobs-hint" aria-live="polite" className="text-sm">
          <p className="text-slate-600">
            {previousAdjacent === null ? t("submit.adjacentHint") : t("submit.adjacentHintPrevious", { previous: previousAdjacent })}
          </p>
          {decreased ? <p className="font-medium text-amber-800" data-testid="adjacent-decrease-warning">{t("submit.adjacentDecreased", { previous: previousAdjacent ?? 0 })}</p> : null}
        </div>
        <FieldErrors id="adjacentIndustryJobs-errors" codes={errors.adjacentIndustryJobs} namespace="reports" />
      </div>
      <div className="space-y-1">
        <label htmlFor="comment" className={labelClass}>{t("submit.commentLabel")}</label>
        <textarea
          id="comment"
          name="comment"
          rows={3}
          defaultValue={state.values?.comment ?? defaultComment ?? ""}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby="comment-errors"
          className={inputClass}
        />
        <FieldErrors id="comment-errors" codes={errors.comment} namespace="reports" />
      </div>
      <p className="text-sm text-slate-700">{t("submit.lockWarning")}</p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("submit.submitting") : t("submit.button")}
      </button>
    </form>
  );
}
