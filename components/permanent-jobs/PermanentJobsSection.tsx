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
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
        <Table>
          <Caption>{t("caption")}</Caption>
          <THead>
            <Tr>
              <Th scope="col">{t("columns.title")}</Th>
              <Th scope="col">{t("columns.employer")}</Th>
              <Th scope="col">{t("columns.createdOn")}</Th>
              <Th scope="col">{t("columns.state")}</Th>
              {personalData ? <Th scope="col">{t("columns.worker")}</Th> : null}
              {canUpdate || canDelete ? <Th scope="col">{t("columns.actions")}</Th> : null}
            </Tr>
          </THead>
          <TBody>
            {rows.map((row) => (
              <Tr key={row.id}>
                <Th scope="row">{row.title}</Th>
                <Td>{row.employer}</Td>
                <Td className="whitespace-nowrap">{formatDay(format, row.createdOn)}</Td>
                <Td>{row.filled ? t("filled") : t("vacant")}</Td>
                {personalData ? (
                  <Td>
                    {row.worker ? <>{row.worker.fullName} <span className="block font-mono text-xs text-slate-600">{row.worker.iin}</span></> : <span className="text-slate-500">{t("noWorker")}</span>}
                  </Td>
                ) : null}
                {canUpdate || canDelete ? (
                  <Td>
                    <PermanentJobActions
                      id={row.id}
                      title={row.title}
                      filled={row.filled}
                      personalData={personalData}
                      canUpdate={canUpdate}
                      canDelete={canDelete}
                      values={{ title: row.title, employer: row.employer, createdOn: dayText(row.createdOn), filled: row.filled ? "on" : "", workerIin: row.worker?.iin ?? "" }}
                    />
                  </Td>
                ) : null}
              </Tr>
            ))}
          </TBody>
        </Table>
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
