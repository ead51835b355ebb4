// The project's placements with names and IINs: rendered only for viewers with
// "personalData.read" in the project's region (the loader did not even read them otherwise).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dayLabel } from "@/lib/placements/days";
import type { PersonalPlacementRow } from "@/lib/placements/queries";
import { Caption, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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

export async function PlacementsTable({ projectId, rows, total, canUpdate, canDelete, linkToNationalRecord = false }: Props) {
  const t = await getTranslations("placements");
  if (rows.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const actions = canUpdate || canDelete;
  return (
    <div className="space-y-2">
      {total > rows.length ? <p className="text-sm text-slate-700">{t("listLimited", { shown: rows.length, total })}</p> : null}
      <Table>
        <Caption>{t("listTitle")}</Caption>
        <THead>
          <Tr>
            <Th scope="col">{t("columns.fullName")}</Th>
            <Th scope="col">{t("columns.iin")}</Th>
            <Th scope="col">{t("columns.birthDate")}</Th>
            <Th scope="col">{t("columns.ageAtHiring")}</Th>
            <Th scope="col">{t("columns.referral")}</Th>
            <Th scope="col">{t("columns.unemployed")}</Th>
            <Th scope="col">{t("columns.position")}</Th>
            <Th scope="col">{t("columns.hiredAt")}</Th>
            <Th scope="col">{t("columns.endedAt")}</Th>
            {actions ? <Th scope="col">{t("columns.actions")}</Th> : null}
          </Tr>
        </THead>
        <TBody>
          {rows.map((row) => (
            <Tr key={row.id} data-testid="placement-row">
              <Th scope="row">
                {linkToNationalRecord ? <Link href={`/workers/${row.workerId}`} className="text-brand-700 underline">{row.fullName}</Link> : row.fullName}
              </Th>
              <Td className="font-mono">{row.iin}</Td>
              <Td>{dayLabel(row.birthDate)}</Td>
              <Td>
                <span className="mr-2">{row.ageAtHiring}</span>
                <YouthBadge youth={row.youthAtHiring} compact />
              </Td>
              <Td>{row.referredByEmploymentCentre ? row.referralNumber ?? t("yes") : t("no")}</Td>
              <Td>{row.unemployedBeforeHiring ? t("yes") : t("no")}</Td>
              <Td>{row.position ?? "—"}</Td>
              <Td>{dayLabel(row.hiredAt)}</Td>
              <Td>
                {row.endedAt ? dayLabel(row.endedAt) : canUpdate ? <EndPlacementForm placementId={row.id} label={row.fullName} /> : "—"}
              </Td>
              {actions ? (
                <Td>
                  <div className="flex flex-wrap items-center gap-2">
                    {canUpdate ? (
                      <Link href={`/projects/${projectId}/placements/${row.id}/edit`} className="font-semibold text-brand-700 underline hover:text-brand-900"
                        aria-label={`${t("edit.link")}: ${row.fullName}`}>
                        {t("edit.link")}
                      </Link>
                    ) : null}
                    {canDelete ? <RemovePlacementButton placementId={row.id} label={row.fullName} /> : null}
                  </div>
                </Td>
              ) : null}
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
