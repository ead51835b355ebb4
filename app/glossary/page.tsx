// What each figure counts, and the rules that keep a reported month as it was reported: the
// portal's own glossary (docs/domain.md has the same definitions for developers). Every figure of
// the dashboards (the figure catalogue) and of the monthly report (FIGURE_KEYS) is listed, so a
// figure added to either shows up here untranslated until it is defined (tests/unit/messages).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { headlineMetrics } from "@/lib/dashboard/headline";
import { FIGURE_KEYS } from "@/lib/reports/figures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("glossary"))("metaTitle") };
}

const RULES = ["live", "lock", "dated", "corrections", "approved", "targets", "change", "months"] as const;

function Terms({ id, title, entries }: { id: string; title: string; entries: ReadonlyArray<{ key: string; term: string; definition: string }> }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-brand-900">{title}</h2>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid={id}>
        {entries.map((entry) => (
          <div key={entry.key} className="grid gap-1 p-4 sm:grid-cols-3 sm:gap-4" data-term={entry.key}>
            <dt className="font-semibold text-slate-900">{entry.term}</dt>
            <dd className="text-slate-800 sm:col-span-2">{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default async function GlossaryPage() {
  await requireUser("dashboard.read");
  const [t, headline, reports] = await Promise.all([getTranslations("glossary"), getTranslations("headline"), getTranslations("reports")]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      <Terms id="glossary-headline" title={t("headlineTitle")}
        entries={headlineMetrics.map((metric) => ({ key: metric, term: headline(metric), definition: t(`headline.${metric}`) }))} />
      <Terms id="glossary-report" title={t("reportTitle")}
        entries={FIGURE_KEYS.map((key) => ({ key, term: reports(`figures.labels.${key}`), definition: t(`report.${key}`) }))} />
      <Terms id="glossary-rules" title={t("rulesTitle")}
        entries={RULES.map((rule) => ({ key: rule, term: t(`ruleNames.${rule}`), definition: t(`rules.${rule}`) }))} />
    </div>
  );
}
