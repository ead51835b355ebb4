// Writes of import jobs that a user starts: upload (the file is kept in the job while it needs
// it, lib/imports/retention.ts), confirm and cancel. The heavy work (reading, checking, writing
// rows) runs in runner.server.ts.
import "server-only";
import { prisma } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import type { ImportKind } from "@/generated/prisma/enums";
import { fileProblem } from "./schema";
import { regionOfImportJob } from "./queries";
import { sweepExpiredImportFiles } from "./runner.server";

export type UploadedFile = { name: string; bytes: Uint8Array };

/**
 * Stores the file in a new job for the akimat's own region, already claimed (heartbeat now) by
 * the caller, which starts the dry run. Nothing else is written until the user confirms.
 */
export async function createImportJob(actor: Actor, kind: ImportKind, file: UploadedFile): Promise<number> {
  const { regionId } = requirePermission(actor, "import.run");
  const problem = fileProblem({ name: file.name, size: file.bytes.byteLength });
  if (problem) throw new DomainError(problem.code, "file", problem.params);
  const job = await prisma.importJob.create({
    data: {
      kind,
      status: "VALIDATING",
      regionId,
      createdById: actor.id,
      fileName: file.name.slice(0, 255),
      fileSize: file.bytes.byteLength,
      file: new Uint8Array(file.bytes),
      heartbeatAt: new Date(),
    },
    select: { id: true },
  });
  // Every new import also deletes the files other imports may no longer keep (retention.ts).
  await sweepExpiredImportFiles();
  return job.id;
}

async function requireJobAccess(actor: Actor, jobId: number): Promise<void> {
  requirePermission(actor, "import.run");
  const job = await regionOfImportJob(jobId);
  if (!job) throw new DomainError("notFound");
  requirePermission(actor, "import.run", { regionId: job.regionId });
}

/** VALIDATED without errors → COMMITTING (the caller starts the commit). */
export async function confirmImportJob(actor: Actor, jobId: number): Promise<void> {
  await requireJobAccess(actor, jobId);
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, errorRows: true, totalRows: true, validRows: true } });
  if (job.status !== "VALIDATED") throw new DomainError("notReady");
  if (job.errorRows > 0 || job.totalRows === 0 || job.validRows !== job.totalRows) throw new DomainError("hasErrors");
  // The status in the WHERE makes a double click (or two tabs) start one commit, not two.
  const updated = await prisma.importJob.updateMany({
    where: { id: jobId, status: "VALIDATED", errorRows: 0 },
    data: { status: "COMMITTING", processedRows: 0, heartbeatAt: new Date(), failureCode: null },
  });
  if (updated.count !== 1) throw new DomainError("notReady");
}

export async function cancelImportJob(actor: Actor, jobId: number): Promise<void> {
  await requireJobAccess(actor, jobId);
  // The job ends here, and with it the need for its file and for the rows its dry run kept for a
  // commit: both go in the same transaction (lib/imports/retention.ts).
  await prisma.$transaction(async (tx) => {
    const now = new Date();
    const updated = await tx.importJob.updateMany({
      where: { id: jobId, status: "VALIDATED" },
      data: { status: "CANCELLED", finishedAt: now, heartbeatAt: null, file: null, fileDeletedAt: now },
    });
    if (updated.count !== 1) throw new DomainError("notReady");
    await tx.importCheckedRows.deleteMany({ where: { jobId } });
  });
}
