"use client";
// The progress of a running import, read from the database every 1.5 s through
// /imports/:id/status. When the job's status changes, the page is re-rendered on the server
// (router.refresh) to show the counts and errors. Leaving the page does not stop the job.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { progressView } from "@/lib/imports/progress";
import type { ImportProgress } from "@/lib/imports/schema";

const POLL_MS = 1_500;

export function JobProgress({ jobId, initial }: { jobId: number; initial: ImportProgress }) {
  const t = useTranslations("imports.job");
  const format = useFormatter();
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/imports/${jobId}/status`, { cache: "no-store" });
        if (response.ok) {
          const next = (await response.json()) as ImportProgress;
          setProgress(next);
          if (next.status !== initial.status) {
            router.refresh();
            return;
          }
        }
      } catch {
        // A failed poll (network blip, server restart) is simply retried.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, initial.status, router]);

  const { processedRows, totalRows } = progress;
  const view = progressView(progress);
  const text = t(view.message, { processed: format.number(processedRows), total: format.number(totalRows) });
  return (
    <div className="space-y-2" data-testid="import-progress">
      <label htmlFor={`progress-${jobId}`} className="block text-sm font-semibold text-slate-800">{t("progressLabel")}</label>
      <progress
        id={`progress-${jobId}`}
        className="h-3 w-full accent-brand-700"
        max={view.bar?.max}
        value={view.bar?.value}
        aria-valuetext={text}
      />
      <p className="text-sm text-slate-700" aria-live="polite">{text}</p>
    </div>
  );
}
