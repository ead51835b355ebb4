// The manifest: the first frame of a backup, what the restore needs before it writes anything
// (which migrations built the schema, which tables and columns, in which order) and what it
// checks after loading (every table's row count and checksum, taken in the backup's snapshot).
import { z } from "zod";
import { BackupDamagedError } from "./errors";
import { CHECKSUM_FUNCTIONS } from "./fingerprint";
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
  /**
   * Sum over rows of a 64-bit hash of the row as text, as a decimal (lib/backup/fingerprint.ts).
   * Empty in a manifest whose checksums come at the end of the file (`checksumsAtEnd`): the
   * reader fills it in from that frame before anyone compares.
   */
  checksum: z.string().regex(/^(-?\d+)?$/),
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
  /** The row hash the checksums sum (lib/backup/fingerprint.ts); the first backups used md5. */
  checksumFunction: z.enum(CHECKSUM_FUNCTIONS).default("md5-64"),
  /**
   * The checksums are in a frame after the last table (frame S): the backup computes them in a
   * second connection on the same snapshot while it copies, instead of before. The first backups
   * had them here in the manifest.
   */
  checksumsAtEnd: z.boolean().default(false),
  /**
   * Each table's row count is the one in its end frame (frame E): the number of rows its COPY
   * gave, in the snapshot. The manifest's `rows` are 0 until the reader has read the table. The
   * first backups counted every table (count(*)) before copying it: a fifth of the copy's time.
   */
  countsAtEnd: z.boolean().default(false),
  /** Tables in the order they are in the file: parents before the tables that refer to them. */
  tables: z.array(table),
  /** Derived tables not in the file; the restore rebuilds them with this function. */
  summaries: z.object({ tables: z.array(z.string()), rebuiltBy: z.string() }),
}).refine((m) => m.checksumsAtEnd || m.tables.every((t) => t.checksum !== ""), { path: ["tables"], message: "a table has no checksum" });

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestTable = Manifest["tables"][number];
export type ManifestColumn = z.infer<typeof column>;

/** The checksums frame's payload: table name → checksum. */
export function decodeChecksums(payload: Buffer): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new BackupDamagedError("The backup file is damaged: its checksums are not readable.");
  }
  const parsed = z.record(z.string(), z.string().regex(/^-?\d+$/)).safeParse(value);
  if (!parsed.success) throw new BackupDamagedError("The backup file is damaged: its checksums are not valid.");
  return parsed.data;
}

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
