import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CheckCountsTable } from "@/components/checks/CheckCountsTable";
import { FindingsTable } from "@/components/checks/FindingsTable";
import { localName } from "@/lib/i18n/names";

import { requireUser } from "@/lib/auth/session";
import { getCheckCounts, getCheckFindings } from "@/lib/checks/queries";
import { isCheckId, STALE_AFTER_DAYS } from "@/lib/checks/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checks"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ChecksPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser("report.read");
  const now = new Date();
  const [t, format, locale, query, counts] = await Promise.all([getTranslations("checks"), getFormatter(), getLocale(), searchParams, getCheckCounts(user, now)]);
  const national = user.role !== "AKIMAT";
  const check = first(query.check);
  // The region of a drill-down is looked up among the regions the viewer may see.
  const region = counts.regions.find((r) => r.code === first(query.region)) ?? (national ? null : counts.regions[0] ?? null);
  const page = Math.max(1, Number(first(query.page)) || 1);
  const list = isCheckId(check) && counts.checks.includes(check) ? await getCheckFindings(user, check, { regionId: region?.id ?? null, page, now }) : null;
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  const pageHref = (n: number) => `/checks?check=${check}${region ? `&region=${region.code}` : ""}&page=${n}`;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{national ? t("introAnalyst") : t("introAkimat")}</p>
      </div>

      <CheckCountsTable data={counts} showTotals={national} />

      {list && isCheckId(check) ? (
        <section aria-labelledby="findings-title" className="space-y-3">
          <h2 id="findings-title" className="text-lg font-semibold text-brand-900">
            {t("findings.title", { check: t(`names.${check}`), region: region ? localName(region, locale) : t("counts.allRegions") })}
          </h2>
          <p className="text-sm text-slate-700">{t(`descriptions.${check}`, { days: STALE_AFTER_DAYS })}</p>
          <p className="text-sm font-semibold text-slate-800" data-testid="findings-total">{list.total > 0 ? t("findings.total", { count: list.total }) : t("findings.none")}</p>
          {list.total > 0 ? <FindingsTable check={check} findings={list.findings} now={now} /> : null}
          {pages > 1 ? (
            <nav aria-label={t("findings.pagination")} className="flex items-center gap-3 text-sm">
              {list.page > 1 ? <Link href={pageHref(list.page - 1)} className="font-medium text-brand-700 underline">{t("findings.previous")}</Link> : null}
              <span>{t("findings.page", { page: format.number(list.page), pages: format.number(pages) })}</span>
              {list.page < pages ? <Link href={pageHref(list.page + 1)} className="font-medium text-brand-700 underline">{t("findings.next")}</Link> : null}
            </nav>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="about-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="about-title" className="text-lg font-semibold text-brand-900">{t("about")}</h2>
        <dl className="space-y-3 text-sm">
          {counts.checks.map((id) => (
            <div key={id}>
              <dt className="font-semibold text-slate-900">{t(`names.${id}`)}</dt>
              <dd className="text-slate-700">{t(`descriptions.${id}`, { days: STALE_AFTER_DAYS })}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
