// The "Workers" section of a project page: counts of distinct people for every reader; the list
// with names and IINs only for those allowed to see personal data in the project's region
// (a deputy sees counts only); add / end / correct / remove for the region's akimat.
import { getTranslations } from "next-intl/server";
import { allows, grantOf } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { dayToDate, todayInKazakhstan } from "@/lib/placements/days";
import { countProjectPlacements, listProjectPlacements, projectRegionId } from "@/lib/placements/queries";
import { recordPersonalDataShown } from "@/lib/workers/mutations";
import { AddWorkerForm } from "./AddWorkerForm";
import { PlacementCounts } from "./PlacementCounts";
import { PlacementsTable } from "./PlacementsTable";

export async function ProjectPlacementsSection({ projectId }: { projectId: number }) {
  const [user, regionId, t] = await Promise.all([getCurrentUser(), projectRegionId(projectId), getTranslations("placements")]);
  if (regionId === null || !allows(user, "project.read")) return null;
  const scope = { regionId };
  const personal = allows(user, "personalData.read", scope);
  const [counts, list] = await Promise.all([
    countProjectPlacements(user, projectId, dayToDate(todayInKazakhstan())),
    personal ? listProjectPlacements(user, projectId) : null,
  ]);
  // The ministry's views of people's personal data are recorded, naming the people shown.
  if (user && list?.personal) await recordPersonalDataShown(user, { view: "project.placements", id: projectId, workerIds: list.rows.map((row) => row.workerId) });
  const national = user ? grantOf(user.role, "worker.nationalRecord.update") === "national" : false;
  return (
    <section aria-labelledby="placements-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" data-testid="project-placements">
      <h2 id="placements-title" className="text-xl font-bold text-brand-900">{t("title")}</h2>
      <PlacementCounts counts={counts} />
      {list?.personal ? (
        <PlacementsTable
          projectId={projectId}
          rows={list.rows}
          total={list.total}
          canUpdate={allows(user, "placement.update", scope)}
          canDelete={allows(user, "placement.delete", scope)}
          linkToNationalRecord={national}
        />
      ) : (
        <p className="text-sm text-slate-700">{t("personalDataNote")}</p>
      )}
      {allows(user, "placement.create", scope) ? <AddWorkerForm projectId={projectId} /> : null}
    </section>
  );
}
