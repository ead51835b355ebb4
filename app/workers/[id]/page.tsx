// /workers/[id] — the national record of a person, for the ministry only (docs/privacy.md): the
// national name (which an analyst corrects here), the name each region keeps, and every
// placement. Each view is recorded in the audit log, naming the person.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/auth/Forbidden";
import { formatDay } from "@/components/projects/format";
import { regionLabel } from "@/components/reports/format";
import { NationalNameForm } from "@/components/workers/NationalNameForm";
import { RecordNotFoundError } from "@/lib/auth/access";
import { isAuthorizationError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { correctNationalNameAction } from "@/lib/workers/actions";
import { recordPersonalDataShown } from "@/lib/workers/mutations";
import { nationalWorkerRecord } from "@/lib/workers/queries";
import { workerIdSchema } from "@/lib/workers/schema";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workers"))("title") };
}

export default async function WorkerPage({ params }: Props) {
  const user = await requireUser();
  const id = workerIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const worker = await nationalWorkerRecord(user, id.data).catch((error: unknown) => {
    if (isAuthorizationError(error)) return "forbidden" as const;
    if (error instanceof RecordNotFoundError) return null;
    throw error;
  });
  if (worker === "forbidden") return <Forbidden />;
  if (!worker) notFound();
  await recordPersonalDataShown(user, { view: "worker", id: worker.id, workerIds: [worker.id] });
  const [t, format, locale, e] = await Promise.all([getTranslations("workers"), getFormatter(), getLocale(), getTranslations("enums")]);
  const cell = "px-3 py-2";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <section aria-labelledby="record-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="record-title" className="text-lg font-semibold text-brand-900">{t("record")}</h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("iin")}</dt><dd className="font-mono" data-testid="worker-iin">{worker.iin}</dd>
          <dt className="font-semibold">{t("nationalName")}</dt><dd data-testid="worker-national-name">{worker.fullName}</dd>
          <dt className="font-semibold">{t("birthDate")}</dt><dd>{formatDay(format, worker.birthDate)}</dd>
          <dt className="font-semibold">{t("sex")}</dt><dd>{e(`sex.${worker.sex}`)}</dd>
        </dl>
        <NationalNameForm action={correctNationalNameAction.bind(null, worker.id)} fullName={worker.fullName} />
      </section>
      <section aria-labelledby="region-names-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="region-names-title" className="text-lg font-semibold text-brand-900">{t("regionNames")}</h2>
        <table className="min-w-full text-left text-sm" data-testid="worker-region-names">
          <thead className="bg-slate-100"><tr><th scope="col" className={cell}>{t("region")}</th><th scope="col" className={cell}>{t("regionName")}</th></tr></thead>
          <tbody className="divide-y divide-slate-200">
            {worker.regionNames.map((n) => (
              <tr key={n.region.id}><th scope="row" className={`${cell} font-normal`}>{regionLabel(n.region, locale)}</th><td className={cell}>{n.fullName}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="placements-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="placements-title" className="text-lg font-semibold text-brand-900">{t("placements")}</h2>
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr><th scope="col" className={cell}>{t("project")}</th><th scope="col" className={cell}>{t("region")}</th><th scope="col" className={cell}>{t("period")}</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {worker.placements.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${cell} font-normal`}><Link href={`/projects/${p.project.id}`} className="text-brand-700 underline">{`${p.project.code} — ${p.project.name}`}</Link></th>
                <td className={cell}>{regionLabel(p.project.region, locale)}</td>
                <td className={`${cell} whitespace-nowrap`}>{`${formatDay(format, p.hiredAt)} – ${p.endedAt ? formatDay(format, p.endedAt) : "…"}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
