// Checks across the rows of one file, before anything reaches the database: the same record
// twice, one IIN under two names, and the overlap rule (one person cannot hold two placements
// whose periods overlap — lib/placements/overlap.ts). A period runs from the hiring
// date to the end date INCLUSIVE (the end date is the last day worked); no end date = still
// working. The later row of a conflicting pair is the one reported, naming the earlier row.
import type { CalendarDate } from "@/lib/iin/calendarDate";
import type { PlacementRow } from "./placement-row";
import type { ProjectCells } from "./project-row";
import type { RowError } from "./rows";
import { compareDays, formatDay, isoDay } from "./values";
import { sameName } from "@/lib/workers/schema";

const FOREVER: CalendarDate = { y: 9999, m: 12, d: 31 };

export function placementKey(p: Pick<PlacementRow, "iin" | "projectCode" | "hiredAt">): string {
  return `${p.iin}|${p.projectCode}|${isoDay(p.hiredAt)}`;
}

/** Errors of rows that conflict with an earlier row of the same file. */
export function placementFileErrors(rows: readonly PlacementRow[]): RowError[] {
  const errors: RowError[] = [];
  const firstOfKey = new Map<string, number>();
  const byIin = new Map<string, PlacementRow[]>();
  for (const p of rows) {
    const key = placementKey(p);
    const first = firstOfKey.get(key);
    if (first !== undefined) {
      errors.push({ row: p.row, column: "hiredAt", value: formatDay(p.hiredAt), code: "duplicateRow", params: { row: first } });
      continue;
    }
    firstOfKey.set(key, p.row);
    const list = byIin.get(p.iin);
    if (list) list.push(p);
    else byIin.set(p.iin, [p]);
  }
  for (const list of byIin.values()) {
    if (list.length === 1) continue;
    const name = list[0]!.fullName;
    for (const p of list.slice(1)) {
      if (!sameName(p.fullName, name)) errors.push({ row: p.row, column: "fullName", value: p.fullName, code: "nameMismatch", params: { row: list[0]!.row } });
    }
    // Sorted by start, a period overlaps an earlier one iff it starts on or before the latest
    // end seen so far.
    const sorted = [...list].sort((a, b) => compareDays(a.hiredAt, b.hiredAt) || a.row - b.row);
    let latest = sorted[0]!;
    for (const p of sorted.slice(1)) {
      const latestEnd = latest.endedAt ?? FOREVER;
      if (compareDays(p.hiredAt, latestEnd) <= 0) {
        const [earlier, later] = latest.row < p.row ? [latest, p] : [p, latest];
        errors.push({ row: later.row, column: "hiredAt", value: formatDay(later.hiredAt), code: "overlapInFile", params: { row: earlier.row } });
      }
      if (compareDays(p.endedAt ?? FOREVER, latestEnd) > 0) latest = p;
    }
  }
  return errors;
}

export function projectFileErrors(rows: readonly ProjectCells[]): RowError[] {
  const errors: RowError[] = [];
  const firstOfCode = new Map<string, number>();
  for (const p of rows) {
    const code = p.code;
    const first = firstOfCode.get(code);
    if (first !== undefined) errors.push({ row: p.row, column: "code", value: p.code, code: "duplicateRow", params: { row: first } });
    else firstOfCode.set(code, p.row);
  }
  return errors;
}
