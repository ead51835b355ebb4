// npm run imports:sweep — deletes the uploaded import files that may no longer be kept
// (lib/imports/retention.ts, IMPORT_FILE_RETENTION_DAYS) from DATABASE_URL. Every import page and
// upload runs the same sweep, so this is for a cron job on a portal nobody opens for days; it is
// safe to run at any time, from any number of machines at once.
import pg from "pg";
import { sweepImportFiles, fileRetentionDays } from "../imports/retention.ts";
import { parseArgs, requireDatabaseUrl, runCli, UsageError } from "./run.ts";

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  if (flags.size || positional.length) throw new UsageError("npm run imports:sweep takes no arguments (the retention is IMPORT_FILE_RETENTION_DAYS).");
  const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 1 });
  try {
    const days = fileRetentionDays();
    const result = await sweepImportFiles(pool, days);
    console.log(`Import files kept at most ${days} days: deleted ${result.filesDeleted} file(s) and ${result.checkedRowsDeleted} set(s) of checked rows.`);
  } finally {
    await pool.end();
  }
});
