// Publishing a snapshot: the live figures (or those as of the end of a programme month, counted
// from the records' own dates) of the country and of every region, with
// their monthly series, frozen as versioned JSON with the time and the author, audited in the
// same transaction. Snapshots are never edited afterwards: that is what makes them citable.
import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { MonthKey } from "@/lib/reports/period";
import { collectSnapshotFigures } from "./figures";
import { snapshotFiguresSchema, type PublishSnapshotInput } from "./schema";

export async function publishSnapshot(actor: Actor, input: PublishSnapshotInput): Promise<{ id: number }> {
  requirePermission(actor, "snapshot.publish");
  // Validated on the way in as well as on the way out: the strict schema is what keeps anything
  // but aggregate figures (e.g. a field added to the live layer later) out of the frozen JSON.
  const figures = snapshotFiguresSchema.parse(await collectSnapshotFigures(input.asOf as MonthKey | undefined));
  return prisma.$transaction(async (tx) => {
    const snapshot = await tx.snapshot.create({
      data: { title: input.title, note: input.note, takenAt: new Date(figures.asOf), createdById: actor.id, figures },
      select: { id: true, takenAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "snapshot",
      entityId: snapshot.id,
      action: "create",
      after: { title: input.title, note: input.note, takenAt: snapshot.takenAt, asOfMonth: input.asOf ?? null, version: figures.version },
    });
    return { id: snapshot.id };
  });
}
