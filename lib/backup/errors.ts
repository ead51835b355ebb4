// What stops a backup or a restore, each as one sentence an operator can act on. The command
// line prints the message alone (lib/cli/run.ts); a scheduled job can tell the kinds apart.

/** Anything the backup tools refuse or fail at, explained in words. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** BACKUP_KEY is missing or is not 32 bytes of base64: nothing was read or written. */
export class BackupKeyError extends BackupError {}

/** Where the backup would go is not allowed (inside .data/, an existing file, no folder). */
export class BackupLocationError extends BackupError {}

/** The file does not start like a backup of this portal. */
export class NotABackupError extends BackupError {}

/** The file ends before the end of the backup (cut while copying, or a backup that never finished). */
export class BackupTruncatedError extends BackupError {}

/** A byte of the file changed after it was written (the authentication tag does not match). */
export class BackupDamagedError extends BackupError {}

/** The backup was encrypted with another key than BACKUP_KEY. */
export class WrongKeyError extends BackupError {}

/** The backup names migrations this version of the portal does not have. */
export class NewerSchemaError extends BackupError {}

/** The target database holds data and --replace was not given, or its schema cannot take the backup. */
export class RestoreTargetError extends BackupError {}

/** A table is not what the backup's manifest says after loading it (the restore was rolled back). */
export class RestoreMismatchError extends BackupError {
  constructor(readonly differences: TableDifference[]) {
    super(
      `The restored data does not match the backup's manifest, so nothing was kept: ${differences
        .map((d) => `${d.table} (rows ${d.expected.rows} expected, ${d.actual.rows} loaded${d.expected.checksum === d.actual.checksum ? "" : "; checksums differ"})`)
        .join("; ")}.`,
    );
  }
}

export type TableDifference = {
  table: string;
  expected: { rows: number; checksum: string };
  actual: { rows: number; checksum: string };
};
