// npm run db:restore -- FILE [--replace] — the portal's database back from a backup made by
// `npm run db:backup` (docs/backups.md). Into DATABASE_URL, or the embedded database of
// `npm start` (created when the data folder was lost). Refuses a database that holds data
// unless --replace. All or nothing: whatever stops it (wrong key, a damaged or cut file, a
// backup from a newer portal, a difference from the manifest) leaves the data as it was.
// Stop the portal (web servers and workers) first.
// Exit codes: 0 restored and verified, 1 refused or failed, 2 bad arguments or key.
import fs from "node:fs";
import path from "node:path";
import { BackupKeyError, RestoreMismatchError } from "../backup/errors.ts";
import { parseBackupKey } from "../backup/key.ts";
import { embeddedBackupDefaults } from "./backup-home.ts";
import { maintenanceDatabase } from "./database.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const unknown = [...flags.keys()].filter((name) => name !== "replace");
  const usage = "Usage: npm run db:restore -- FILE [--replace]";
  if (unknown.length || positional.length > 1) throw new UsageError(`Unknown argument ${unknown.length ? `--${unknown[0]}` : positional[1]}. ${usage}`);
  if (!positional[0]) throw new UsageError(`Name the backup file to restore. ${usage}`);
  const file = path.resolve(positional[0]);
  if (!fs.existsSync(file)) throw new UsageError(`There is no backup file at ${file}.`);
  const replace = flags.get("replace") === true;
  let key: Buffer;
  try {
    // Without DATABASE_URL: the key `npm start` made for this install, unless BACKUP_KEY says otherwise.
    key = parseBackupKey(process.env.BACKUP_KEY ?? (process.env.DATABASE_URL ? undefined : embeddedBackupDefaults().BACKUP_KEY));
  } catch (error) {
    if (error instanceof BackupKeyError) throw new UsageError(error.message);
    throw error;
  }

  const { restoreBackup } = await import("../backup/restore.ts");
  let where = "";
  console.log(`Reading and verifying ${file}…`);
  try {
    const result = await restoreBackup(
      // Opened (and, without DATABASE_URL, created) only once the file has been verified.
      async () => {
        const database = await maintenanceDatabase({ create: true });
        where = database.where;
        console.log(`Restoring into ${where}${replace ? ", replacing what it holds" : ""}…`);
        return database.url;
      },
      { key, file, replace, log: (line) => console.log(`  ${line}`) },
    );
    const rows = result.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      [
        `Restored the backup of ${result.backupCreatedAt} into ${where} in ${(result.ms / 1000).toFixed(1)} s:`,
        `  ${result.tables.length} tables, ${rows.toLocaleString("en-US")} rows; every table's count and checksum equal the backup's manifest`,
        `  dashboard summaries rebuilt; id sequences continue after the backup's; the job queue is empty`,
        result.unfinishedImports.length
          ? `  imports under way at backup time are now failed (run them again if needed): ${result.unfinishedImports.join(", ")}`
          : `  no import was under way at backup time`,
        result.migrationsApplied.length ? `  migrations applied: ${result.migrationsApplied.join(", ")}` : `  the database's schema already matched the backup`,
      ].join("\n"),
    );
  } catch (error) {
    if (error instanceof RestoreMismatchError) {
      console.error("The restored tables differ from the backup's manifest (nothing was kept):");
      for (const d of error.differences) {
        console.error(`  ${d.table}: ${d.expected.rows} rows expected, ${d.actual.rows} loaded; checksum ${d.expected.checksum} expected, ${d.actual.checksum} loaded`);
      }
    }
    throw error;
  }
});
