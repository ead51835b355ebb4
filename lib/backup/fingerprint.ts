// A table's fingerprint: its row count and an order-independent checksum, both computed by
// PostgreSQL: the sum over rows of a 64-bit hash of the row's text (in the manifest's column
// order, so a different physical column order does not matter), as an exact numeric. The backup
// takes it in its snapshot; the restore takes it again after loading and compares, with the
// function the manifest names. A sum does not depend on the order COPY returns rows in, and a
// changed, missing or extra row changes it (except with a chance of about 2^-64).
//
// The hash: hashtextextended (PostgreSQL's own 64-bit text hash, the one hash partitioning
// relies on staying the same across versions) — about twice as fast as md5, whose first 64 bits
// the first backups summed ("md5-64", still read). Neither is meant to resist a forger: the
// file's AES-GCM tag does that; the checksum proves the load.
import type pg from "pg";
import type { ManifestColumn } from "./manifest";
import { quoteIdent } from "./session";

export const CHECKSUM_FUNCTIONS = ["md5-64", "hashtextextended"] as const;
export type ChecksumFunction = (typeof CHECKSUM_FUNCTIONS)[number];
/** What new backups use. */
export const CHECKSUM_FUNCTION: ChecksumFunction = "hashtextextended";

export type Fingerprint = { rows: number; checksum: string };

function rowHash(row: string, fn: ChecksumFunction): string {
  return fn === "md5-64" ? `('x' || left(md5(${row}), 16))::bit(64)::bigint` : `hashtextextended(${row}, 0)`;
}

export function fingerprintSql(table: string, columns: readonly ManifestColumn[], fn: ChecksumFunction): string {
  const row = `ROW(${columns.map((c) => `t.${quoteIdent(c.name)}`).join(", ")})::text`;
  return `SELECT count(*)::bigint AS rows,
                 coalesce(sum(${rowHash(row, fn)}::numeric), 0)::text AS checksum
            FROM ${quoteIdent(table)} AS t`;
}

export async function fingerprint(client: pg.ClientBase, table: string, columns: readonly ManifestColumn[], fn: ChecksumFunction): Promise<Fingerprint> {
  const { rows } = await client.query<{ rows: string; checksum: string }>(fingerprintSql(table, columns, fn));
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum };
}
