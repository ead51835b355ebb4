// "An import is being written for this region": the gate between an import's commit and the
// region's own saves (docs/jobs.md). The commit holds the region's gate exclusively for its one
// transaction; every write of the region's projects, placements and permanent jobs takes it
// shared, without waiting (lib/reports/lock.ts assertMonthsOpen), and is refused in words if a
// commit holds it or waits for it. Nothing else waits: other regions' saves and every page go on,
// and a person of the file saved elsewhere meanwhile is settled by row locks (placements-db).
// Why a region and not the national table lock the commit used to take: a 200,000-row commit
// runs for a minute, and a table lock stopped every region's saves for that long.
import type pg from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/forms/state";

/** First key of the two-key advisory locks of the gate (arbitrary, fixed). */
const REGION_IMPORT_SPACE = 4011;

/** How long a commit waits for the region's saves in flight (and another commit) to end. */
export const GATE_WAIT_LIMIT = "60s";

/** In a save's transaction: refuses at once while an import of the region is being written. */
export async function refuseDuringRegionImport(tx: Prisma.TransactionClient, regionId: number): Promise<void> {
  const [gate] = await tx.$queryRaw<{ open: boolean }[]>`
    SELECT pg_try_advisory_xact_lock_shared(${REGION_IMPORT_SPACE}::int, ${regionId}::int) AS open`;
  if (!gate?.open) throw new DomainError("importBeingWritten");
}

/** In the commit's transaction, first: waits for the saves in flight, then keeps the next ones out. */
export async function holdRegionForImport(client: pg.ClientBase, regionId: number): Promise<void> {
  await client.query(`SET LOCAL lock_timeout = '${GATE_WAIT_LIMIT}'`);
  await client.query(`SELECT pg_advisory_xact_lock($1::int, $2::int)`, [REGION_IMPORT_SPACE, regionId]);
}
