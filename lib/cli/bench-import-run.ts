// One import of the benchmark file through the page's code path: upload (job with the file),
// dry run, confirm, commit — each phase awaited and timed. `beforeCommit` runs between the
// confirmation and the commit (bench-import-child.ts waits there for the measuring process);
// `commitEnded` is called as soon as the commit's runImportJob returns (or throws).
import { prisma } from "@/lib/db/client";
import { confirmImportJob, createImportJob } from "@/lib/imports/mutations";
import { getImportJob } from "@/lib/imports/queries";
import { runImportJob } from "@/lib/imports/runner.server";
import type { BenchFile } from "./bench-import-file";

export type ImportRun = {
  dryRunMs: number;
  commitMs: number;
  dryRunRate: number;
  commitRate: number;
  counts: NonNullable<NonNullable<Awaited<ReturnType<typeof getImportJob>>>["committed"]>;
};

export type ImportHooks = {
  beforeCommit?: () => Promise<void>;
  commitEnded?: () => void;
};

export async function runImport(file: BenchFile, rows: number, options: { reread: boolean } & ImportHooks): Promise<ImportRun> {
  const id = await createImportJob(file.actor, "PLACEMENTS", { name: "bench-placements.csv", bytes: file.bytes });
  let started = performance.now();
  await runImportJob(id);
  const dryRunMs = performance.now() - started;
  const checked = await getImportJob({ regionId: file.actor.regionId }, id);
  if (checked?.status !== "VALIDATED" || checked.errorRows > 0) {
    throw new Error(`Dry run ended ${checked?.status} with ${checked?.errorRows} rows in error: ${JSON.stringify(checked?.errors.slice(0, 3))}`);
  }
  console.log(`  dry run: ${rows} rows in ${(dryRunMs / 1000).toFixed(1)} s; would create ${checked.dryRun?.create}, update ${checked.dryRun?.update}, unchanged ${checked.dryRun?.unchanged}`);
  if (options.reread) await prisma.importCheckedRows.deleteMany({ where: { jobId: id } });
  await confirmImportJob(file.actor, id);
  await options.beforeCommit?.();
  started = performance.now();
  try {
    await runImportJob(id);
  } finally {
    options.commitEnded?.();
  }
  const commitMs = performance.now() - started;
  const committed = await getImportJob({ regionId: file.actor.regionId }, id);
  if (committed?.status !== "COMMITTED" || !committed.committed) throw new Error(`Commit ended ${committed?.status} (${committed?.failureCode}).`);
  console.log(`  commit:  ${rows} rows in ${(commitMs / 1000).toFixed(1)} s; ${JSON.stringify(committed.committed)}`);
  return { dryRunMs, commitMs, dryRunRate: rows / (dryRunMs / 1000), commitRate: rows / (commitMs / 1000), counts: committed.committed };
}
