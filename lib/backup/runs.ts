// The record of every backup that ended (BackupRun): written by the scheduled job and
// by `npm run db:backup`, read by /admin/backups (lib/backup/queries.ts). Plain pg, like the rest
// of lib/backup: the command line runs without the portal's Prisma clients.
import os from "node:os";
import { BackupError, BackupKeyError, BackupLocationError } from "./errors";
import { connect } from "./session";

export type BackupTriggerName = "SCHEDULED" | "REQUESTED" | "MANUAL";

/** Why a backup failed, as the administrators' page names it (messages: admin.backups.errorKind.*). */
export type BackupErrorKind = "location" | "key" | "diskFull" | "noPermission" | "database" | "retention" | "backup" | "unexpected";

export type BackupRunRecord = {
  trigger: BackupTriggerName;
  startedAt: Date;
  finishedAt: Date;
  file: string | null;
  bytes?: number;
  rows?: number;
  keyId?: string;
  pruned?: number;
  /** A failed backup's error; with `succeeded`, a warning about the retention that followed it. */
  error?: { kind: BackupErrorKind; message: string };
  succeeded: boolean;
};

export function backupErrorKind(error: unknown): BackupErrorKind {
  if (error instanceof BackupLocationError) return "location";
  if (error instanceof BackupKeyError) return "key";
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOSPC" || code === "EDQUOT") return "diskFull";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "noPermission";
  // SQLSTATE codes are five characters; ECONNREFUSED & co. are the server being away.
  if ((typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) || code === "ECONNREFUSED" || code === "ECONNRESET") return "database";
  if (error instanceof BackupError) return "backup";
  return "unexpected";
}

/** Writes one BackupRun row; never throws (the backup's own outcome matters more), logs instead. */
export async function recordBackupRun(url: string, run: BackupRunRecord): Promise<void> {
  try {
    const client = await connect(url, "backup");
    try {
      await client.query(
        `INSERT INTO "BackupRun" ("trigger", "outcome", "startedAt", "finishedAt", "host", "file", "bytes", "rows", "keyId", "errorKind", "error", "pruned")
         VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          run.trigger,
          run.succeeded ? "SUCCEEDED" : "FAILED",
          // ISO text in UTC, read as timestamptz into the UTC session (lib/backup/session.ts): a
          // Date would go as local time, whose offset a timestamp column silently drops.
          run.startedAt.toISOString(),
          run.finishedAt.toISOString(),
          os.hostname(),
          run.file,
          run.bytes ?? null,
          run.rows ?? null,
          run.keyId ?? null,
          run.error?.kind ?? null,
          run.error?.message.slice(0, 2000) ?? null,
          run.pruned ?? 0,
        ],
      );
    } finally {
      await client.end().catch(() => {});
    }
  } catch (error) {
    console.error(`The backup's outcome could not be recorded for /admin/backups: ${(error as Error).message}`);
  }
}
