// A project's data on its page: place, category, dates, contractor, coordinates.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProjectDetails } from "@/lib/projects/queries";
import { formatDay } from "./format";

export async function ProjectData({ project }: { project: ProjectDetails }) {
  const [t, enums, format] = await Promise.all([getTranslations("projects"), getTranslations("enums"), getFormatter()]);
  const notSet = <span className="text-slate-500">{t("page.notSet")}</span>;
  const day = (date: Date | null) => formatDay(format, date, "long") ?? notSet;
  const rows: Array<[string, React.ReactNode]> = [
    [t("fields.code"), <span key="code" className="font-mono">{project.code}</span>],
    [t("fields.regionId"), project.regionName],
    [t("fields.districtId"), project.districtName ?? notSet],
    [t("fields.settlement"), project.settlement ?? notSet],
    [t("fields.category"), enums(`category.${project.category}`)],
    [t("fields.workType"), enums(`workType.${project.workType}`)],
    [t("fields.programmeYear"), String(project.programmeYear)],
    [t("fields.plannedStart"), day(project.plannedStart)],
    [t("fields.plannedEnd"), day(project.plannedEnd)],
    [t("fields.actualStart"), day(project.actualStart)],
    [t("fields.actualEnd"), day(project.actualEnd)],
    [t("fields.commissionedAt"), day(project.commissionedAt)],
    [t("fields.contractorName"), project.contractorName ?? notSet],
    [t("fields.contractorBin"), project.contractorBin ? <span key="bin" className="font-mono">{project.contractorBin}</span> : notSet],
    [
      t("page.coordinates"),
      project.latitude !== null && project.longitude !== null
        ? t("page.coordinatesValue", {
            latitude: format.number(Number(project.latitude.toString()), { maximumFractionDigits: 6 }),
            longitude: format.number(Number(project.longitude.toString()), { maximumFractionDigits: 6 }),
          })
        : notSet,
    ],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-slate-700">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
