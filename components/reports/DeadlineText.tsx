// "N days left" / "N days late" against the deadline of Order No. 55-р (10th of the next month),
// or, for a report already with the ministry, when it was submitted and whether on time.
import { getFormatter, getTranslations } from "next-intl/server";
import { daysLateAt } from "@/lib/reports/deadline";
import type { CellView } from "@/lib/reports/overview";
import { DAY_LONG } from "./format";

export async function DeadlineText({ cell, submittedAt }: { cell: CellView; submittedAt: Date | null }) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  if ((cell.status === "SUBMITTED" || cell.status === "APPROVED") && submittedAt) {
    const late = daysLateAt(cell.month, submittedAt);
    return (
      <span data-testid="deadline-text">
        {t("deadline.submittedOn", { date: format.dateTime(submittedAt, { dateStyle: "long" }) })}{" "}
        {late > 0 ? t("deadline.submittedLate", { days: late }) : t("deadline.submittedOnTime")}
      </span>
    );
  }
  if (cell.status === "SUBMITTED" || cell.status === "APPROVED") return null;
  if (cell.daysLate !== null) {
    return (
      <span data-testid="deadline-text" className="font-semibold text-red-800">
        {t("deadline.daysLate", { days: cell.daysLate })}
      </span>
    );
  }
  return (
    <span data-testid="deadline-text" className="text-slate-800">
      {cell.daysLeft === 0 ? t("deadline.dueToday") : t("deadline.daysLeft", { days: cell.daysLeft ?? 0 })}
    </span>
  );
}

/** "10 January 2022" for a "YYYY-MM-DD" deadline. */
export async function DeadlineDate({ iso }: { iso: string }) {
  const format = await getFormatter();
  return <time dateTime={iso}>{format.dateTime(new Date(`${iso}T00:00:00Z`), DAY_LONG)}</time>;
}
