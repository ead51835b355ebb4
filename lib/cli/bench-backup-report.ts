// The table npm run bench:backup prints (lib/cli/bench-backup.mts): per measurement the median and
// the spread of its runs, and for the backup and the restore the ratio of medians to their floor
// against the backup's speed targets (docs/backups.md).
import { median } from "./bench-http.ts";

/** A backup within 2× a plain COPY TO, a restore (summaries included) within 4× a plain COPY FROM. */
export const TARGETS = { backup: 2, restore: 4 } as const;

export type Times = { copyTo: number[]; backup: number[]; copyFrom: number[]; restore: number[] };

export type Report = { scale: number; runs: number; tables: number; rows: number; bytes: number; cpu: string; times: Times };

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function printReport({ scale, runs, tables, rows, bytes, cpu, times }: Report) {
  console.log(`\nScale ${scale}: ${tables} tables, ${rows.toLocaleString("en-US")} rows; backup file ${(bytes / 1024 / 1024).toFixed(1)} MiB; ${runs} run${runs > 1 ? "s" : ""} each (${cpu}):`);
  console.log(`${"measurement".padEnd(24)} ${"median s".padStart(9)} ${"min–max s".padStart(13)} ${"÷ floor".padStart(8)} ${"target".padStart(7)}  result`);
  const missed: string[] = [];
  const row = (name: string, values: number[], floor?: { values: number[]; target: number }) => {
    const spread = `${seconds(Math.min(...values))}–${seconds(Math.max(...values))}`;
    let tail = "";
    if (floor) {
      const ratio = median(values) / median(floor.values);
      const pass = ratio <= floor.target;
      if (!pass) missed.push(`${name} took ${ratio.toFixed(2)}× its floor (target ≤ ${floor.target}×)`);
      tail = `${`${ratio.toFixed(2)}×`.padStart(8)} ${`≤ ${floor.target}×`.padStart(7)}  ${pass ? "PASS" : "MISS"}`;
    }
    console.log(`${name.padEnd(24)} ${seconds(median(values)).padStart(9)} ${spread.padStart(13)} ${tail}`.trimEnd());
  };
  row("COPY TO floor", times.copyTo);
  row("backup", times.backup, { values: times.copyTo, target: TARGETS.backup });
  row("COPY FROM floor", times.copyFrom);
  row("restore incl. summaries", times.restore, { values: times.copyFrom, target: TARGETS.restore });
  console.log(missed.length ? `\nMISSED: ${missed.join("; ")}.` : `\nBoth targets held: backup ≤ ${TARGETS.backup}× COPY TO, restore ≤ ${TARGETS.restore}× COPY FROM.`);
}
