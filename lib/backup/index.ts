// The portal's backups (docs/backups.md): what the command line and, later, a scheduled
// job of the queue use. No "server-only": these run from the command line and in workers.
export { createBackup, type BackupOptions, type BackupResult } from "./backup";
export { restoreBackup, RESTORED_UNFINISHED, type RestoreOptions, type RestoreResult } from "./restore";
export { openBackup, verifyBackup } from "./read";
export { keyId, parseBackupKey } from "./key";
export { checkBackupTarget, defaultBackupName, resolveBackupFile } from "./location";
export type { Manifest } from "./manifest";
export * from "./errors";
