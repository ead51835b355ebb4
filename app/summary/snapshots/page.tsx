import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublishSnapshotForm } from "@/components/summary/PublishSnapshotForm";
import { SnapshotsList } from "@/components/summary/SnapshotsList";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listSnapshots } from "@/lib/snapshots/queries";
import { getReportingPeriod } from "@/lib/reports/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("snapshots"))("title") };
}

export default async function SnapshotsPage() {
  const user = await requireUser("summary.read");
  const [snapshots, months, t] = await Promise.all([listSnapshots(user), getReportingPeriod(), getTranslations("snapshots")]);
  const mayPublish = can(user.role, "snapshot.publish");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/summary" className="text-sm font-medium text-brand-700 underline">{t("backToReport")}</Link>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      {mayPublish ? <PublishSnapshotForm months={months} /> : null}
      <SnapshotsList snapshots={snapshots} showAuthor={mayPublish} />
    </div>
  );
}
