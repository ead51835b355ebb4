// The project's people, counted as distinct persons (one person with two placements counts
// once), and its placements separately. No personal data: every reader of the project sees it.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProjectPlacementCounts } from "@/lib/placements/queries";

const order = ["people", "referredPeople", "youthPeople", "workingNow", "placements"] as const;

export async function PlacementCounts({ counts }: { counts: ProjectPlacementCounts }) {
  const [t, format] = await Promise.all([getTranslations("placements"), getFormatter()]);
  return (
    <div className="space-y-2">
      <dl aria-label={t("countsCaption")} className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="placement-counts">
        {order.map((key) => (
          <div key={key} className="rounded border border-slate-200 p-3">
            <dt className="text-sm text-slate-700">{t(`counts.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums text-brand-900" data-count={key}>{format.number(counts[key])}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">{t("countsNote")}</p>
    </div>
  );
}
