// The state of the backups at a glance: schedule, last good backup (and whether it is too old),
// a failure newer than it, and the jobs waiting or running. Server component.
import { getFormatter, getTranslations } from "next-intl/server";
import type { BackupOverview } from "@/lib/backup/queries";
import { megabytes } from "./BackupHistory";

/** A daily schedule that has not produced a backup for this long is worth an administrator's look. */
const STALE_MS = 48 * 60 * 60 * 1000;
/** A job nobody has taken for this long means no worker takes backups. */
const UNCLAIMED_MS = 5 * 60 * 1000;

const alert = "rounded border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800";
const warning = "rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900";

export async function BackupStatus({ overview, now }: { overview: BackupOverview; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("admin.backups"), getFormatter()]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const { schedule, jobs, lastSuccess, recent } = overview;
  const lastFailure = recent[0]?.outcome === "FAILED" ? recent[0] : null;
  const stale = schedule !== null && (!lastSuccess || now.getTime() - lastSuccess.finishedAt.getTime() > STALE_MS);
  return (
    <div className="space-y-6">
      <section aria-labelledby="backup-schedule" className="space-y-2">
        <h2 id="backup-schedule" className="text-lg font-semibold text-brand-900">{t("scheduleTitle")}</h2>
        {schedule ? (
          <p className="text-slate-800">{t("scheduled", { cron: schedule.cron, timeZone: schedule.timeZone })}</p>
        ) : (
          <p role="alert" className={warning}>{t("notScheduled")}</p>
        )}
        {jobs.map((job) => (
          <p key={`${job.state}-${job.createdOn.toISOString()}`} role="status" className="text-slate-800">
            {job.state === "active" ? t("jobs.active", { when: when(job.startedOn ?? job.createdOn) }) : t(`jobs.${job.state}`, { when: when(job.createdOn) })}
            {job.state === "created" && now.getTime() - job.createdOn.getTime() > UNCLAIMED_MS ? ` ${t("jobs.unclaimed")}` : null}
          </p>
        ))}
      </section>
      <section aria-labelledby="backup-last" className="space-y-2">
        <h2 id="backup-last" className="text-lg font-semibold text-brand-900">{t("lastTitle")}</h2>
        {lastSuccess ? (
          <>
            <p className="text-slate-800" data-testid="last-backup">
              {t("lastSuccess", {
                when: when(lastSuccess.finishedAt),
                age: format.relativeTime(lastSuccess.finishedAt, now),
                size: lastSuccess.bytes === null ? "—" : megabytes(format, lastSuccess.bytes),
                host: lastSuccess.host,
              })}
            </p>
            <p className="text-sm text-slate-700">
              {t("lastFile", { file: lastSuccess.file ?? "—", keyId: lastSuccess.keyId ?? "—" })}
            </p>
          </>
        ) : (
          <p className="text-slate-800">{t("never")}</p>
        )}
        {stale ? <p role="alert" className={warning}>{t("stale")}</p> : null}
        {lastFailure ? (
          <p role="alert" className={alert}>
            {t("lastFailed", { when: when(lastFailure.finishedAt), reason: t(`errorKind.${lastFailure.errorKind ?? "unexpected"}` as "errorKind.unexpected") })}{" "}
            <span className="text-xs">{lastFailure.error}</span>
          </p>
        ) : null}
      </section>
    </div>
  );
}
