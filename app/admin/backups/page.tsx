import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { BackupHistory } from "@/components/backups/BackupHistory";
import { BackupStatus } from "@/components/backups/BackupStatus";
import { RequestBackupForm } from "@/components/backups/RequestBackupForm";

import { requireUser } from "@/lib/auth/session";
import { getBackupOverview } from "@/lib/backup/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.backups"))("title") };
}

export default async function BackupsPage() {
  const user = await requireUser("backup.manage");
  await connection();
  const [t, overview] = await Promise.all([getTranslations("admin.backups"), getBackupOverview(user)]);
  return (
    <section aria-labelledby="backups-title" className="space-y-8">
      <div>
        <h1 id="backups-title" className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </div>
      <BackupStatus overview={overview} now={new Date()} />
      <section aria-labelledby="backup-request" className="max-w-3xl space-y-2">
        <h2 id="backup-request" className="text-lg font-semibold text-brand-900">{t("requestTitle")}</h2>
        <RequestBackupForm />
      </section>
      <section aria-labelledby="backup-history" className="space-y-2">
        <h2 id="backup-history" className="text-lg font-semibold text-brand-900">{t("historyTitle")}</h2>
        <BackupHistory runs={overview.recent} />
      </section>
    </section>
  );
}
