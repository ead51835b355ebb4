// /workers/[id] — the national record of a person, for the ministry only (docs/privacy.md): the
// national name (which an analyst corrects here), the name each region keeps, and every
// placement. Each view is recorded in the audit log, naming the person.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/components/projects/format";
import { localName } from "@/lib/i18n/names";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
  if (worker === "forbidden") forbidden();
  if (!worker) notFound();
  await recordPersonalDataShown(user, { view: "worker", id: worker.id, workerIds: [worker.id] });
  const [t, format, locale, e] = await Promise.all([getTranslations("workers"), getFormatter(), getLocale(), getTranslations("enums")]);
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
        <Table data-testid="worker-region-names">
          <THead><Tr><Th scope="col">{t("region")}</Th><Th scope="col">{t("regionName")}</Th></Tr></THead>
          <TBody>
            {worker.regionNames.map((n) => (
              <Tr key={n.region.id}><Th scope="row">{localName(n.region, locale)}</Th><Td>{n.fullName}</Td></Tr>
            ))}
          </TBody>
        </Table>
      </section>
      <section aria-labelledby="placements-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="placements-title" className="text-lg font-semibold text-brand-900">{t("placements")}</h2>
        <Table>
          <THead>
            <Tr><Th scope="col">{t("project")}</Th><Th scope="col">{t("region")}</Th><Th scope="col">{t("period")}</Th></Tr>
          </THead>
          <TBody>
            {worker.placements.map((p) => (
              <Tr key={p.id}>
                <Th scope="row"><Link href={`/projects/${p.project.id}`} className="text-brand-700 underline">{`${p.project.code} — ${p.project.name}`}</Link></Th>
                <Td>{localName(p.project.region, locale)}</Td>
                <Td className="whitespace-nowrap">{`${formatDay(format, p.hiredAt)} – ${p.endedAt ? formatDay(format, p.endedAt) : "…"}`}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>
    </div>
  );
}
