// What a backup holds, read from the database's catalog rather than listed by hand: every table
// of the portal's schema (a table added by a later migration is backed up without touching this
// code), except the migrations record (its names go into the manifest) and the dashboard
// summaries (derived data: rebuild_summaries() recomputes them from the records, see SUMMARY_TABLES).
import type pg from "pg";
import { BackupError } from "./errors";
import type { ManifestColumn } from "./manifest";

export const MIGRATIONS_TABLE = "_prisma_migrations";

/**
 * The dashboard summaries (migrations 0002, 0004, 0006): kept by triggers, recomputed from the
 * records by rebuild_summaries(). Not backed up: they are as large as the placements again, and
 * a rebuild makes them agree with the restored records by construction, even if they had drifted.
 * Must be exactly the tables rebuild_summaries() empties (a test checks it): a record table
 * listed here would be lost, a summary table missing here would only be copied for nothing.
 */
export const SUMMARY_TABLES = [
  "WorkerProject",
  "MultiProjectMembership",
  "ProjectStats",
  "ProjectFundingStats",
  "ProjectMonth",
  "CellStats",
  "CellFunding",
  "CellMonth",
  "RegionMonth",
  "PeopleCorrection",
  "RegionStats",
  "RegionFunding",
  "SourceStats",
  "SourceMonth",
] as const;

export const REBUILD_SUMMARIES = "rebuild_summaries()";

export type TableShape = { name: string; columns: ManifestColumn[] };

/** Every table of the current schema, by name. */
export async function allTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; kind: string }>(
    `SELECT c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      ORDER BY c.relname COLLATE "C"`,
  );
  // The portal has none; COPY reads a partitioned table only through a query, and its partitions
  // would be copied twice. Refused in words rather than backed up wrongly.
  const partitioned = rows.filter((r) => r.kind === "p").map((r) => r.name);
  if (partitioned.length) throw new BackupError(`Partitioned tables (${partitioned.join(", ")}) are not supported by the portal's backup; use pg_dump (docs/backups.md).`);
  return rows.map((r) => r.name);
}

/** The tables a backup copies: all but the migrations record and the summaries. */
export function recordTables(names: readonly string[]): string[] {
  const skip = new Set<string>([MIGRATIONS_TABLE, ...SUMMARY_TABLES]);
  return names.filter((name) => !skip.has(name));
}

/** Columns that hold data (not dropped, not generated), in their physical order, with their types. */
export async function tableColumns(client: pg.ClientBase, table: string): Promise<ManifestColumn[]> {
  const { rows } = await client.query<ManifestColumn>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE n.nspname = current_schema() AND c.relname = $1)
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return rows;
}

/**
 * `tables` in an order COPY can load them with the foreign keys checked: every table after the
 * tables it refers to; ties by name, so the order is the same on every run.
 */
export async function dependencyOrder(client: pg.ClientBase, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const included = new Set(tables);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of rows) {
    // A table referring to itself is checked at the end of its own COPY statement.
    if (child !== parent && included.has(child) && included.has(parent)) parents.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  const byName = [...tables].sort();
  while (ordered.length < tables.length) {
    const next = byName.find((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (next === undefined) {
      const left = byName.filter((t) => !placed.has(t));
      throw new BackupError(`The foreign keys of ${left.join(", ")} refer to each other in a cycle; such tables cannot be loaded one after another.`);
    }
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}

/** Columns of `table` that take their default from a sequence (serial or identity). */
export async function sequenceColumns(client: pg.ClientBase, table: string, columns: readonly ManifestColumn[]): Promise<Array<{ column: string; sequence: string }>> {
  if (columns.length === 0) return [];
  const { rows } = await client.query<{ column: string; sequence: string | null }>(
    `SELECT c AS column, pg_get_serial_sequence($1, c) AS sequence FROM unnest($2::text[]) AS c`,
    [`"${table.replace(/"/g, '""')}"`, columns.map((c) => c.name)],
  );
  return rows.filter((r): r is { column: string; sequence: string } => r.sequence !== null);
}

/** Names of the migrations that finished on this database, in order. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const { rows: present } = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`"${MIGRATIONS_TABLE}"`]);
  if (!present[0]?.present) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "${MIGRATIONS_TABLE}" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((r) => r.name);
}
