// The manifest: the first frame of a backup, what the restore needs before it writes anything
// (which migrations built the schema, which tables and columns, in which order) and what it
// checks after loading (every table's row count and checksum, taken in the backup's snapshot).
import { z } from "zod";
import { BackupDamagedError } from "./errors";
import { FORMAT_VERSION } from "./format";

const column = z.object({ name: z.string().min(1), type: z.string().min(1) });

const sequence = z.object({
  column: z.string().min(1),
  /** The sequence's last_value and is_called in the snapshot: the restore never hands out an id again. */
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});

const table = z.object({
  name: z.string().min(1),
  columns: z.array(column).min(1),
  rows: z.number().int().nonnegative(),
  /** Sum over rows of the first 64 bits of md5(row as text), as a decimal (lib/backup/fingerprint.ts). */
  checksum: z.string().regex(/^-?\d+$/),
  sequences: z.array(sequence),
});

export const manifestSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  /** `SHOW server_version` of the database backed up. */
  serverVersion: z.string(),
  database: z.string(),
  /** Names of the migrations applied to the database (its `_prisma_migrations`), in order. */
  migrations: z.array(z.string().min(1)),
  /** Tables in the order they are in the file: parents before the tables that refer to them. */
  tables: z.array(table),
  /** Derived tables not in the file; the restore rebuilds them with this function. */
  summaries: z.object({ tables: z.array(z.string()), rebuiltBy: z.string() }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestTable = Manifest["tables"][number];
export type ManifestColumn = z.infer<typeof column>;

export function encodeManifest(manifest: Manifest): string {
  return JSON.stringify(manifest);
}

/** The manifest in a frame's payload; the tag has not been checked yet, so it is checked here too. */
export function decodeManifest(payload: Buffer): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new BackupDamagedError("The backup file is damaged: its manifest is not readable.");
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw new BackupDamagedError(`The backup file is damaged: its manifest is not valid (${parsed.error.issues[0]?.path.join(".") ?? "?"}).`);
  return parsed.data;
}
