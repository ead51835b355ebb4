// Writes of import jobs that a user starts: upload (the file is kept in the job while it needs
// it, lib/imports/retention.ts), confirm and cancel. The heavy work (reading, checking, writing
// rows) is the job queue's: upload and confirm send the job to the queue (lib/jobs) in the
// same transaction as the job's row, and a worker runs it (runner.server.ts).
import "server-only";
import type pg from "pg";
import { prisma } from "@/lib/db/client";
import { inPgTransaction } from "@/lib/db/pg-transaction";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import { sendInTransaction } from "@/lib/jobs/enqueue";
import { IMPORT_QUEUE } from "@/lib/jobs/queues";
import type { ImportKind } from "@/generated/prisma/enums";
import { importPool } from "./pool.server";
import { fileProblem } from "./schema";
import { regionOfImportJob } from "./queries";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** Runs `work` in one transaction on a connection of the import pool (pg, for the queue's SQL). */
function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inPgTransaction(importPool(), work);
}

/** The job's next phase, for a worker to take; in the caller's transaction. */
function enqueueImport(client: pg.ClientBase, jobId: number): Promise<string> {
  return sendInTransaction(client, IMPORT_QUEUE, { importJobId: jobId });
}

/**
 * Stores the file in a new job for the akimat's own region and queues its dry run, in one
 * transaction. Nothing else is written until the user confirms.
 */
export async function createImportJob(actor: Actor, kind: ImportKind, file: UploadedFile): Promise<number> {
  const { regionId } = requirePermission(actor, "import.run");
  const problem = fileProblem({ name: file.name, size: file.bytes.byteLength });
  if (problem) throw new DomainError(problem.code, "file", problem.params);
  return inTransaction(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "ImportJob" (kind, status, "regionId", "createdById", "fileName", "fileSize", file, "updatedAt")
       VALUES ($1::"ImportKind", 'VALIDATING', $2, $3, $4, $5, $6, now()) RETURNING id`,
      [kind, regionId, actor.id, file.name.slice(0, 255), file.bytes.byteLength, Buffer.from(file.bytes)],
    );
    const id = rows[0]!.id;
    await enqueueImport(client, id);
    return id;
  });
}

async function requireJobAccess(actor: Actor, jobId: number): Promise<void> {
  requirePermission(actor, "import.run");
  const job = await regionOfImportJob(jobId);
  if (!job) throw new DomainError("notFound");
  requirePermission(actor, "import.run", { regionId: job.regionId });
}

/** VALIDATED without errors → COMMITTING, and the commit queued in the same transaction. */
export async function confirmImportJob(actor: Actor, jobId: number): Promise<void> {
  await requireJobAccess(actor, jobId);
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, errorRows: true, totalRows: true, validRows: true } });
  if (job.status !== "VALIDATED") throw new DomainError("notReady");
  if (job.errorRows > 0 || job.totalRows === 0 || job.validRows !== job.totalRows) throw new DomainError("hasErrors");
  // The status in the WHERE makes a double click (or two tabs) queue one commit, not two.
  await inTransaction(async (client) => {
    const updated = await client.query(
      `UPDATE "ImportJob" SET status = 'COMMITTING', "processedRows" = 0, "failureCode" = NULL, "updatedAt" = now()
        WHERE id = $1 AND status = 'VALIDATED' AND "errorRows" = 0`,
      [jobId],
    );
    if (updated.rowCount !== 1) throw new DomainError("notReady");
    await enqueueImport(client, jobId);
  });
}

export async function cancelImportJob(actor: Actor, jobId: number): Promise<void> {
  await requireJobAccess(actor, jobId);
  // The job ends here, and with it the need for its file and for the rows its dry run kept for a
  // commit: both go in the same transaction (lib/imports/retention.ts).
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.importJob.updateMany({
      where: { id: jobId, status: "VALIDATED" },
      data: { status: "CANCELLED", finishedAt: now, file: null, fileDeletedAt: now },
    });
    if (updated.count !== 1) throw new DomainError("notReady");
    await tx.importCheckedRows.deleteMany({ where: { jobId } });
  });
}
