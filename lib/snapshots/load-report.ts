// Loads a summary report for the page and for its PDF: live, as of the end of a month (?asOf=YYYY-MM,
// from the records' own dates), or "as of" a snapshot, for the
// country or one region (?region=NN, KATO code). Server-only; the caller has checked
// "summary.read" (and the queries check it again).
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { MonthKey } from "@/lib/reports/period";
import { asOfReport, liveReport } from "./figures";
import { getSnapshot, SnapshotUnreadableError, type SnapshotSummary } from "./queries";
import { reportOfSnapshot, type ReportFigures } from "./report";
import { reportParamsSchema, type ReportParams } from "./schema";

export type LoadedReport =
  | { ok: true; params: ReportParams; report: ReportFigures; snapshot: SnapshotSummary | null }
  | { ok: false; params: ReportParams; reason: "regionNotFound" | "snapshotNotFound" | "snapshotUnreadable" };

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function reportParams(search: SearchParams): ReportParams {
  const get = (name: string) => {
    const value = search instanceof URLSearchParams ? search.get(name) ?? undefined : search[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return reportParamsSchema.parse({ region: get("region"), snapshot: get("snapshot"), asOf: get("asOf") });
}

export async function loadReport(viewer: Actor, params: ReportParams): Promise<LoadedReport> {
  requirePermission(viewer, "summary.read");
  const region = params.region ?? null;
  if (params.snapshot === undefined) {
    const report = params.asOf === undefined ? await liveReport(region) : await asOfReport(region, params.asOf as MonthKey);
    return report ? { ok: true, params, report, snapshot: null } : { ok: false, params, reason: "regionNotFound" };
  }
  try {
    const snapshot = await getSnapshot(viewer, params.snapshot);
    if (!snapshot) return { ok: false, params, reason: "snapshotNotFound" };
    const report = reportOfSnapshot(snapshot.figures, region);
    if (!report) return { ok: false, params, reason: "regionNotFound" };
    const { figures: _figures, ...summary } = snapshot;
    return { ok: true, params, report, snapshot: summary };
  } catch (error) {
    if (error instanceof SnapshotUnreadableError) return { ok: false, params, reason: "snapshotUnreadable" };
    throw error;
  }
}

/** The same report's address, for links between the page, its PDF and its print view. */
export function reportQuery(params: ReportParams): string {
  const search = new URLSearchParams();
  if (params.region) search.set("region", params.region);
  if (params.snapshot !== undefined) search.set("snapshot", String(params.snapshot));
  else if (params.asOf !== undefined) search.set("asOf", params.asOf);
  const text = search.toString();
  return text ? `?${text}` : "";
}
