// npm run db:backup [-- FILE] — one consistent, compressed, encrypted backup of the portal's
// database (docs/backups.md), while the portal keeps serving. The database: DATABASE_URL, or the
// embedded one of `npm start` (lib/cli/database.ts). The key: BACKUP_KEY (32 bytes, base64). The
// file: FILE, or roadmap-YYYYMMDD-HHMMSS.backup (UTC) in BACKUP_DIR; never inside .data/.
// Without DATABASE_URL, BACKUP_KEY and BACKUP_DIR default to those `npm start` made
// (lib/cli/backup-home.ts). Every backup, written or failed, is recorded for /admin/backups.
// Exit codes: 0 written, 1 failed (nothing left behind), 2 bad arguments, key or folder.
import { BackupKeyError, BackupLocationError } from "../backup/errors.ts";
import { keyId, parseBackupKey } from "../backup/key.ts";
import { checkBackupTarget, resolveBackupFile } from "../backup/location.ts";
import { embeddedBackupDefaults } from "./backup-home.ts";
import { maintenanceDatabase } from "./database.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  if (flags.size || positional.length > 1) {
    throw new UsageError(`Unknown argument ${flags.size ? `--${[...flags.keys()][0]}` : positional[1]}. Usage: npm run db:backup [-- FILE]`);
  }
  const env = { ...process.env, ...(process.env.DATABASE_URL ? {} : embeddedBackupDefaults()) };
  let key: Buffer;
  let file: string;
  try {
    key = parseBackupKey(env.BACKUP_KEY);
    file = resolveBackupFile(positional[0], env.BACKUP_DIR);
    checkBackupTarget(file);
  } catch (error) {
    if (error instanceof BackupKeyError || error instanceof BackupLocationError) throw new UsageError(error.message);
    throw error;
  }

  const { url, where } = await maintenanceDatabase({ create: false });
  console.log(`Backing up ${where} to ${file}…`);
  const { createBackup } = await import("../backup/backup.ts");
  const { backupErrorKind, recordBackupRun } = await import("../backup/runs.ts");
  const startedAt = new Date();
  let result: Awaited<ReturnType<typeof createBackup>>;
  try {
    result = await createBackup(url, { key, file, log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    const message = (error as Error).message;
    await recordBackupRun(url, { trigger: "MANUAL", succeeded: false, startedAt, finishedAt: new Date(), file, keyId: keyId(key), error: { kind: backupErrorKind(error), message } });
    throw error;
  }
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  await recordBackupRun(url, { trigger: "MANUAL", succeeded: true, startedAt, finishedAt: new Date(), file: result.file, bytes: result.bytes, rows, keyId: keyId(key) });
  console.log(
    [
      `Backup written: ${result.file}`,
      `  ${(result.bytes / 1e6).toFixed(1)} MB, ${result.tables.length} tables, ${rows.toLocaleString("en-US")} rows, in ${(result.ms / 1000).toFixed(1)} s`,
      `  encrypted with the key of id ${keyId(key)}: without that key (BACKUP_KEY) the backup cannot be read, so keep the key safe and apart from the backups.`,
    ].join("\n"),
  );
});
