import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComparisonTables } from "@/components/summary/ComparisonTables";

import { requireUser } from "@/lib/auth/session";
import { compareSnapshots } from "@/lib/snapshots/compare";
import { getSnapshot, SnapshotUnreadableError } from "@/lib/snapshots/queries";
import { compareParamsSchema } from "@/lib/snapshots/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("snapshots"))("compare.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompareSnapshotsPage({ searchParams }: Props) {
  const user = await requireUser("summary.read");
  const search = await searchParams;
  const params = compareParamsSchema.parse({ from: search.from, to: search.to });
  const [t, format] = await Promise.all([getTranslations("snapshots"), getFormatter()]);
  const back = <Link href="/summary/snapshots" className="text-sm font-medium text-brand-700 underline">{t("backToSnapshots")}</Link>;

  const load = async (id: number | undefined) => {
    if (id === undefined) return null;
    try {
      return await getSnapshot(user, id);
    } catch (error) {
      if (error instanceof SnapshotUnreadableError) return null;
      throw error;
    }
  };
  const [from, to] = await Promise.all([load(params.from), load(params.to)]);
  if (!from || !to) {
    return (
      <div className="space-y-4">
        {back}
        <p role="alert" className="text-slate-800">{t("compare.pick")}</p>
      </div>
    );
  }
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        {back}
        <h1 className="text-2xl font-bold text-brand-900">{t("compare.title")}</h1>
        <p className="text-slate-700">
          {t("compare.between", { from: from.title, fromTime: when(from.takenAt), to: to.title, toTime: when(to.takenAt) })}
        </p>
      </div>
      <ComparisonTables comparison={compareSnapshots(from.figures, to.figures)} />
    </div>
  );
}
