// One audit trail for every change: every create, update and delete writes an
// AuditEvent with actor, time, before and after, in the same transaction as the change.
// Callers pass their transaction client, so the event commits or rolls back with the change.
import type { Prisma } from "@/generated/prisma/client";

export type AuditEntry = {
  actorId: number | null;
  entity: string;
  entityId: string | number;
  action: "create" | "update" | "delete" | (string & {});
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy: Dates as ISO strings, Decimals and BigInts as strings. */
export function auditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      entity: entry.entity,
      entityId: String(entry.entityId),
      action: entry.action,
      before: auditJson(entry.before),
      after: auditJson(entry.after),
    },
  });
}
