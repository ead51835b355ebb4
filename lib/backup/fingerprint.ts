// A table's fingerprint: its row count and an order-independent checksum, both computed by
// PostgreSQL: the sum over rows of the first 64 bits of md5 of the row's text (in the manifest's
// column order, so a different physical column order does not matter), as an exact numeric.
// The backup takes it in its snapshot; the restore takes it again after loading and compares.
// A sum does not depend on the order COPY returns rows in, and a changed, missing or extra row
// changes it (except with a chance of 2^-64).
import type pg from "pg";
import type { ManifestColumn } from "./manifest";
import { quoteIdent } from "./session";

export type Fingerprint = { rows: number; checksum: string };

export function fingerprintSql(table: string, columns: readonly ManifestColumn[]): string {
  const row = `ROW(${columns.map((c) => `t.${quoteIdent(c.name)}`).join(", ")})::text`;
  return `SELECT count(*)::bigint AS rows,
                 coalesce(sum(('x' || left(md5(${row}), 16))::bit(64)::bigint::numeric), 0)::text AS checksum
            FROM ${quoteIdent(table)} AS t`;
}

export async function fingerprint(client: pg.ClientBase, table: string, columns: readonly ManifestColumn[]): Promise<Fingerprint> {
  const { rows } = await client.query<{ rows: string; checksum: string }>(fingerprintSql(table, columns));
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum };
}
