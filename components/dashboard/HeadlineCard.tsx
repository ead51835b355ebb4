// One headline figure against its target. The raw number sits in data-value so that tests can
// compare the page with the database without parsing locale-formatted text.
import { useFormatter, useTranslations } from "next-intl";
import type { HeadlineFigure, HeadlineMetric } from "@/lib/dashboard/headline";
import { progressOf } from "@/lib/dashboard/progress";

export type FigureChange = { value: number; since: string };

export function HeadlineCard(props: { metric: HeadlineMetric; label: string; note: string; figure: HeadlineFigure; change?: FigureChange | null }) {
  const t = useTranslations("headline");
  const td = useTranslations("dashboard");
  const format = useFormatter();
  const { value, target } = props.figure;
  const progress = progressOf(value ?? 0, target);
  const labelId = `headline-${props.metric}-label`;
  const percentText =
    progress.percent === null ? null : t("percentOfTarget", { percent: format.number(progress.percent / 100, { style: "percent" }) });

  // The label reserves three lines (sm:min-h-[3lh]): Kazakh labels run that long, and equal
  // label heights keep the figures of one row aligned.
  return (
    <article aria-labelledby={labelId} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={labelId} className="text-[0.95rem] font-semibold leading-snug text-slate-800 sm:min-h-[3lh]">
        {props.label}
      </h2>
      {value === null ? (
        <p className="mt-2 text-sm text-slate-700" data-testid={`headline-${props.metric}`}>
          {td("notSplit")}
        </p>
      ) : (
        <p
          className="mt-2 text-3xl font-bold tabular-nums tracking-tight text-brand-900"
          data-testid={`headline-${props.metric}`}
          data-value={value}
        >
          {format.number(value)}
        </p>
      )}
      {props.change ? (
        <p className="mt-1 text-sm text-slate-700" data-testid={`headline-${props.metric}-change`} data-value={props.change.value}>
          {td("changeSince", {
            change: (props.change.value > 0 ? "+" : "") + format.number(props.change.value),
            date: format.dateTime(new Date(`${props.change.since}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" }),
          })}
        </p>
      ) : null}
      {target === null || value === null ? (
        <p className="mt-3 text-sm text-slate-600">{t("noTarget")}</p>
      ) : (
        <>
          <div
            role="progressbar"
            aria-label={t("progressLabel", { figure: props.label })}
            aria-valuemin={0}
            aria-valuemax={target}
            aria-valuenow={Math.min(value, target)}
            aria-valuetext={percentText ?? undefined}
            className="mt-3 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${progress.bar}%` }} />
          </div>
          <div className="mt-2 text-sm text-slate-700">
            <p data-testid={`headline-${props.metric}-target`} data-value={target}>
              {t("target", { target: format.number(target) })}
            </p>
            <p className="font-semibold">{percentText}</p>
          </div>
        </>
      )}
      <p className="mt-3 text-xs leading-relaxed text-slate-600">{props.note}</p>
    </article>
  );
}
