// The project's placements with names and IINs: rendered only for viewers with
// "personalData.read" in the project's region (the loader did not even read them otherwise).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dayLabel } from "@/lib/placements/days";
import type { PersonalPlacementRow } from "@/lib/placements/queries";
import { EndPlacementForm } from "./EndPlacementForm";
import { RemovePlacementButton } from "./RemovePlacementButton";
import { YouthBadge } from "./WorkerPreview";

type Props = {
  projectId: number;
  rows: PersonalPlacementRow[];
  total: number;
  canUpdate: boolean;
  /** The ministry: each name links to the person's national record (/workers/[id]). */
  linkToNationalRecord?: boolean;
  canDelete: boolean;
};

const th = "px-3 py-2 text-left font-semibold text-slate-800";
const td = "px-3 py-2 align-top";

export async function PlacementsTable({ projectId, rows, total, canUpdate, canDelete, linkToNationalRecord = false }: Props) {
  const t = await getTranslations("placements");
  if (rows.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const actions = canUpdate || canDelete;
  return (
    <div className="space-y-2">
      {total > rows.length ? <p className="text-sm text-slate-700">{t("listLimited", { shown: rows.length, total })}</p> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("listTitle")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={th}>{t("columns.fullName")}</th>
              <th scope="col" className={th}>{t("columns.iin")}</th>
              <th scope="col" className={th}>{t("columns.birthDate")}</th>
              <th scope="col" className={th}>{t("columns.ageAtHiring")}</th>
              <th scope="col" className={th}>{t("columns.referral")}</th>
              <th scope="col" className={th}>{t("columns.unemployed")}</th>
              <th scope="col" className={th}>{t("columns.position")}</th>
              <th scope="col" className={th}>{t("columns.hiredAt")}</th>
              <th scope="col" className={th}>{t("columns.endedAt")}</th>
              {actions ? <th scope="col" className={th}>{t("columns.actions")}</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} data-testid="placement-row">
                <th scope="row" className={`${td} text-left font-medium`}>
                  {linkToNationalRecord ? <Link href={`/workers/${row.workerId}`} className="text-brand-700 underline">{row.fullName}</Link> : row.fullName}
                </th>
                <td className={`${td} font-mono`}>{row.iin}</td>
                <td className={td}>{dayLabel(row.birthDate)}</td>
                <td className={td}>
                  <span className="mr-2">{row.ageAtHiring}</span>
                  <YouthBadge youth={row.youthAtHiring} compact />
                </td>
                <td className={td}>{row.referredByEmploymentCentre ? row.referralNumber ?? t("yes") : t("no")}</td>
                <td className={td}>{row.unemployedBeforeHiring ? t("yes") : t("no")}</td>
                <td className={td}>{row.position ?? "—"}</td>
                <td className={td}>{dayLabel(row.hiredAt)}</td>
                <td className={td}>
                  {row.endedAt ? dayLabel(row.endedAt) : canUpdate ? <EndPlacementForm placementId={row.id} label={row.fullName} /> : "—"}
                </td>
                {actions ? (
                  <td className={td}>
                    <div className="flex flex-wrap items-center gap-2">
                      {canUpdate ? (
                        <Link href={`/projects/${projectId}/placements/${row.id}/edit`} className="font-semibold text-brand-700 underline hover:text-brand-900"
                          aria-label={`${t("edit.link")}: ${row.fullName}`}>
                          {t("edit.link")}
                        </Link>
                      ) : null}
                      {canDelete ? <RemovePlacementButton placementId={row.id} label={row.fullName} /> : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
