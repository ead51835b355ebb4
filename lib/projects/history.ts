// A project's change history from its audit events (who changed what, before →
// after). Turns two snapshots (lib/projects/snapshot.ts) into the list of fields that changed.
// Pure; the page translates field names and formats values.

export type FieldChange = { field: string; before: unknown; after: unknown };

/** Bookkeeping fields that change on every save and tell the reader nothing. */
const IGNORED = new Set(["version", "updatedAt", "updatedById", "createdAt", "id"]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** { funding: { BOND_LOANS: { allocated: "1.00" } } } -> { "funding.BOND_LOANS.allocated": "1.00" }. */
export function flatten(value: unknown, prefix = ""): Record<string, Json> {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    return prefix ? { [prefix]: (value ?? null) as Json } : {};
  }
  const out: Record<string, Json> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    Object.assign(out, flatten(inner, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

/**
 * Fields whose values differ between two snapshots, in the order of the newer one (then fields
 * only the older had). A field present on one side only (a funding source added or removed)
 * has null on the other.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = flatten(before);
  const now = flatten(after);
  const fields = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return fields
    .filter((field) => !IGNORED.has(field.split(".")[0]!))
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field, before: old[field] ?? null, after: now[field] ?? null }));
}
