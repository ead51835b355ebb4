// "Back up now" (docs/backups.md): an administrator queues a backup for a worker with BACKUP_DIR
// and BACKUP_KEY, e.g. before a risky change; the audit log says who asked. The job and the audit
// event are written in one transaction (on a pg connection: the queue's SQL needs one).
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { inPgTransaction } from "@/lib/db/pg-transaction";
import { DomainError } from "@/lib/forms/state";
import { importPool } from "@/lib/imports/pool.server";
import { trySendInTransaction } from "@/lib/jobs/enqueue";
import { BACKUP_QUEUE } from "@/lib/jobs/queues";

export async function requestBackup(actor: Actor): Promise<string> {
  requirePermission(actor, "backup.manage");
  // The import pool: the web server's one pg pool (the queue's SQL needs a pg client).
  return inPgTransaction(importPool(), async (client) => {
    // The queue keeps at most one backup waiting (policy "stately"): a second request while
    // one waits is refused in words rather than queued twice.
    const id = await trySendInTransaction(client, BACKUP_QUEUE, { requestedBy: actor.id });
    if (!id) throw new DomainError("backupAlreadyWaiting");
    await client.query(
      `INSERT INTO "AuditEvent" ("actorId", entity, "entityId", action, after) VALUES ($1, 'Backup', $2, 'request', $3::jsonb)`,
      [actor.id, id, JSON.stringify({ queue: BACKUP_QUEUE })],
    );
    return id;
  });
}
