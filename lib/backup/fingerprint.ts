// A table's fingerprint: its row count and an order-independent checksum, both computed by
// PostgreSQL: the sum over rows of a 64-bit hash of the row's text (in the manifest's column
// order, so a different physical column order does not matter), as an exact numeric. The backup
// takes it in its snapshot; the restore takes it again after loading and compares, with the
// function the manifest names. A sum does not depend on the order COPY returns rows in, and a
// changed, missing or extra row changes it (except with a chance of about 2^-64).
//
// New backups ("copy-lines-w4", lib/backup/line-checksum.ts) hash the COPY text they stream
// anyway: a second full read of every row in PostgreSQL (row to text, then hash) cost as much as
// the copy itself. The restore copies each loaded table out and hashes it the same way. Backups
// made before hashed the lines byte by byte ("copy-lines") or summed PostgreSQL's hashes of each
// row's text in SQL ("md5-64": the first 64 bits of md5; "hashtextextended"); the restore still
// checks those the way they were made.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { LINE_HASHES, LineChecksum, type LineHash } from "./line-checksum";
import type { ManifestColumn } from "./manifest";
import { quoteIdent } from "./session";

const SQL_HASHES = ["md5-64", "hashtextextended"] as const;
type SqlHash = (typeof SQL_HASHES)[number];
export const CHECKSUM_FUNCTIONS = [...SQL_HASHES, ...LINE_HASHES] as const;
export type ChecksumFunction = (typeof CHECKSUM_FUNCTIONS)[number];
/** What new backups use: the COPY text's lines, hashed as the backup streams them (line-checksum.ts). */
export const CHECKSUM_FUNCTION = "copy-lines-w4" satisfies LineHash;

function isLineHash(fn: ChecksumFunction): fn is LineHash {
  return (LINE_HASHES as readonly string[]).includes(fn);
}

export type Fingerprint = { rows: number; checksum: string };

function rowHash(row: string, fn: SqlHash): string {
  return fn === "md5-64" ? `('x' || left(md5(${row}), 16))::bit(64)::bigint` : `hashtextextended(${row}, 0)`;
}

export function fingerprintSql(table: string, columns: readonly ManifestColumn[], fn: SqlHash): string {
  const row = `ROW(${columns.map((c) => `t.${quoteIdent(c.name)}`).join(", ")})::text`;
  return `SELECT count(*)::bigint AS rows,
                 coalesce(sum(${rowHash(row, fn)}::numeric), 0)::text AS checksum
            FROM ${quoteIdent(table)} AS t`;
}

export async function fingerprint(client: pg.ClientBase, table: string, columns: readonly ManifestColumn[], fn: ChecksumFunction): Promise<Fingerprint> {
  if (isLineHash(fn)) {
    const sum = new LineChecksum(fn);
    const copy = client.query(copyTo(`COPY ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")}) TO STDOUT`));
    for await (const chunk of copy as AsyncIterable<Buffer>) sum.update(chunk);
    return { rows: sum.lines, checksum: sum.digest() };
  }
  const { rows } = await client.query<{ rows: string; checksum: string }>(fingerprintSql(table, columns, fn));
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum };
}
