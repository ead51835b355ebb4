// The permanent jobs of a commissioned object on its project page: planned vs created,
// filled or vacant, who fills them (personal data: only for those allowed), and the controls of
// the region's akimat.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { allows } from "@/lib/auth/permissions";
import { createPermanentJobAction } from "@/lib/permanent-jobs/actions";
import { listPermanentJobs } from "@/lib/permanent-jobs/queries";
import { recordPersonalDataShown } from "@/lib/workers/mutations";
import { dayText } from "@/lib/projects/fields";
import type { ProjectDetails } from "@/lib/projects/queries";
import { formatDay } from "@/components/projects/format";
import { PermanentJobActions } from "./PermanentJobActions";
import { PermanentJobForm } from "./PermanentJobForm";

export async function PermanentJobsSection({ viewer, project }: { viewer: Actor; project: ProjectDetails }) {
  const [t, format, { rows, personalData }] = await Promise.all([getTranslations("permanentJobs"), getFormatter(), listPermanentJobs(viewer, project)]);
  const scope = { regionId: project.regionId };
  // The ministry's views of people's personal data are recorded, naming the people shown.
  if (personalData) await recordPersonalDataShown(viewer, { view: "project.permanentJobs", id: project.id, workerIds: rows.flatMap((row) => (row.worker ? [row.worker.id] : [])) });
  const commissioned = project.status === "COMMISSIONED";
  const canCreate = commissioned && allows(viewer, "permanentJob.create", scope);
  const canUpdate = commissioned && allows(viewer, "permanentJob.update", scope);
  const canDelete = allows(viewer, "permanentJob.delete", scope);
  const filled = rows.filter((row) => row.filled).length;
  return (
    <section aria-labelledby="permanent-jobs-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" data-testid="permanent-jobs">
      <h2 id="permanent-jobs-title" className="text-xl font-bold text-brand-900">{t("title")}</h2>
      <p className="text-slate-800">{t("summary", { planned: format.number(project.plannedPermanentJobs), created: format.number(rows.length), filled: format.number(filled) })}</p>
      {!commissioned ? <p className="text-sm text-slate-600">{t("onlyCommissioned")}</p> : null}
      {rows.length === 0 ? (
        commissioned ? <p className="text-sm text-slate-700">{t("empty")}</p> : null
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.employer")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.createdOn")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.state")}</th>
                {personalData ? <th scope="col" className="px-3 py-2">{t("columns.worker")}</th> : null}
                {canUpdate || canDelete ? <th scope="col" className="px-3 py-2">{t("columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.id} className="align-top">
                  <th scope="row" className="px-3 py-2 font-normal">{row.title}</th>
                  <td className="px-3 py-2">{row.employer}</td>
                  <td className="whitespace-nowrap px-3 py-2">{formatDay(format, row.createdOn)}</td>
                  <td className="px-3 py-2">{row.filled ? t("filled") : t("vacant")}</td>
                  {personalData ? (
                    <td className="px-3 py-2">
                      {row.worker ? <>{row.worker.fullName} <span className="block font-mono text-xs text-slate-600">{row.worker.iin}</span></> : <span className="text-slate-500">{t("noWorker")}</span>}
                    </td>
                  ) : null}
                  {canUpdate || canDelete ? (
                    <td className="px-3 py-2">
                      <PermanentJobActions
                        id={row.id}
                        title={row.title}
                        filled={row.filled}
                        personalData={personalData}
                        canUpdate={canUpdate}
                        canDelete={canDelete}
                        values={{ title: row.title, employer: row.employer, createdOn: dayText(row.createdOn), filled: row.filled ? "on" : "", workerIin: row.worker?.iin ?? "" }}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canCreate ? (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className="text-lg font-semibold text-brand-900">{t("addTitle")}</h3>
          <PermanentJobForm idPrefix="new-job" action={createPermanentJobAction.bind(null, project.id)} personalData={personalData} submitLabel={t("add")} />
        </div>
      ) : null}
    </section>
  );
}
