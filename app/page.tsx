import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { targetsCaption } from "@/components/dashboard/AsOfLine";
import { HeadlineGrid } from "@/components/dashboard/HeadlineGrid";
import { nationalScope } from "@/lib/dashboard/headline";
import { getApprovedReportMonths, getHeadlineFigures } from "@/lib/dashboard/queries";
import { requireUser } from "@/lib/auth/session";

// The national headline figures. Read on every request: a placement saved a moment ago must
// already count, so nothing here is prerendered at build time.
export default async function HomePage() {
  await connection();
  await requireUser(); // every signed-in role may see the national headline figures
  const [data, approved, t, format] = await Promise.all([
    getHeadlineFigures(nationalScope), getApprovedReportMonths(null), getTranslations("home"), getFormatter(),
  ]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-x-4 text-sm text-slate-600">
          <span>
            {t.rich("asOf", {
              time: format.dateTime(data.asOf, { dateStyle: "long", timeStyle: "short" }),
              when: (chunks) => (
                <time dateTime={data.asOf.toISOString()} data-testid="headline-as-of">
                  {chunks}
                </time>
              ),
            })}
          </span>
          <span data-testid="targets-caption">{targetsCaption(t, data.targetYears)}</span>
        </p>
      </div>
      <HeadlineGrid figures={data.figures} adjacentMonths={approved.adjacent} />
    </div>
  );
}
