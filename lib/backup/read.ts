// Reading a backup file: the checks that need no decryption first (is it a backup, made with
// this key, complete?), then the body streamed through GCM, gunzip and the frame parser. The
// plaintext is used before the tag at the end is checked (a file is not held in memory), so
// whoever writes with it — the restore — keeps everything in one transaction and commits only
// once the stream has ended, which it does only after the tag matched.
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { createOpener } from "./cipher";
import { BackupDamagedError, BackupError, BackupLocationError, BackupTruncatedError, WrongKeyError } from "./errors";
import { countLines, decodeEndMark, decodeHeader, type Frame, FrameType, type Header, MAX_HEADER_BYTES, readFrames, TAG_BYTES, TAIL_BYTES } from "./format";
import { keyId } from "./key";
import { decodeChecksums, decodeManifest, type Manifest, type ManifestTable } from "./manifest";

export type OpenedBackup = {
  file: string;
  size: number;
  header: Header;
  headerBytes: Buffer;
  bodyLength: number;
  tag: Buffer;
};

const CUT = "it was cut while being copied, or the backup did not finish";

/** The checks that read only the file's ends: a backup, of this key, whole. Writes nothing. */
export async function openBackup(file: string, key: Buffer): Promise<OpenedBackup> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupLocationError(code === "ENOENT" ? `There is no backup file at ${file}.` : `The backup file ${file} cannot be read (${code ?? (error as Error).message}).`);
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
    await handle.read(head, 0, head.length, 0);
    const { header, length } = decodeHeader(head);
    const ours = keyId(key);
    if (header.keyId !== ours) {
      throw new WrongKeyError(`This backup was encrypted with another key (key id ${header.keyId}); BACKUP_KEY has key id ${ours}. Give the key the backup was made with.`);
    }
    if (size < length + TAIL_BYTES) throw new BackupTruncatedError(`The backup file is incomplete (${size} bytes): ${CUT}. Use another copy or another backup.`);
    const tail = Buffer.alloc(TAIL_BYTES);
    await handle.read(tail, 0, TAIL_BYTES, size - TAIL_BYTES);
    const bodyLength = decodeEndMark(tail.subarray(TAG_BYTES));
    if (bodyLength === null) throw new BackupTruncatedError(`The backup file is incomplete: it does not end with the backup's end mark (${CUT}, or something was appended to it). Use another copy or another backup.`);
    if (length + bodyLength + TAIL_BYTES !== size) {
      throw new BackupDamagedError(`The backup file is damaged: it is ${size} bytes long, its end mark says ${length + bodyLength + TAIL_BYTES}.`);
    }
    return { file, size, header, headerBytes: head.subarray(0, length), bodyLength, tag: tail.subarray(0, TAG_BYTES) };
  } finally {
    await handle.close();
  }
}

/** One table's COPY text, streamed; the reader checks its rows against the manifest at its end. */
export type TableData = { table: ManifestTable; chunks: AsyncGenerator<Buffer> };

export type BackupReader = {
  manifest: Manifest;
  /** The next table in the file, or null after the last; the previous table must have been read to its end. */
  nextTable(): Promise<TableData | null>;
};

/**
 * Streams the backup in `file` to `consume`. Resolves only when the whole file was read and its
 * tag matched; any fault of the file rejects with a BackupError (damaged, truncated), and a
 * failure of `consume` rejects with its own error.
 */
export async function readBackup<T>(file: string, key: Buffer, consume: (reader: BackupReader) => Promise<T>, recheckOnFailure = true): Promise<T> {
  const opened = await openBackup(file, key);
  const headerLength = opened.headerBytes.length;
  let result: T | undefined;
  let consumed = false;
  // When the reading of the frames stops early (a garbled frame, a failed COPY), leaving the
  // decompressor's iterator destroys it with an AbortError, which the pipeline may report first:
  // the reason the reading stopped is the one to tell.
  let consumerError: unknown;
  try {
    await pipeline(
      // An empty body cannot be: gzip writes a header even for nothing.
      fs.createReadStream(file, { start: headerLength, end: headerLength + opened.bodyLength - 1, highWaterMark: 1 << 20 }),
      createOpener(key, opened.header.iv, opened.headerBytes, opened.tag),
      zlib.createGunzip({ chunkSize: 1 << 16 }),
      async (source: AsyncIterable<Buffer>) => {
        try {
          result = await consumeFrames(readFrames(source), consume);
          consumed = true;
        } catch (error) {
          consumerError = error;
          throw error;
        }
      },
    );
  } catch (error) {
    const aborted = (error as Error)?.name === "AbortError";
    // The frames ended (a changed byte can decompress into an early end) but the body did not.
    if (aborted && consumed) throw damaged("its contents end before the file does");
    const explained = explainReadError(aborted && consumerError !== undefined ? consumerError : error);
    if (explained instanceof BackupError || !recheckOnFailure) throw explained;
    // A damaged body can make the consumer fail (a COPY of garbled rows, the pipeline's abort)
    // before the tag at the file's end is checked: read the file once more, to tell its fault.
    const fault = await verifyBackup(file, key).then(() => null, (reason: unknown) => (reason instanceof BackupError ? reason : null));
    throw fault ?? explained;
  }
  return result as T;
}

/** Reads the whole file and checks it (tag, layout, every table's row count); writes nothing. */
export async function verifyBackup(file: string, key: Buffer): Promise<Manifest> {
  return readBackup(file, key, async (reader) => {
    for (let table = await reader.nextTable(); table; table = await reader.nextTable()) {
      for await (const _chunk of table.chunks) {
        // read and counted by the reader
      }
    }
    return reader.manifest;
  }, false);
}

const damaged = (what: string) => new BackupDamagedError(`The backup file is damaged: ${what}.`);

async function consumeFrames<T>(frames: AsyncGenerator<Frame>, consume: (reader: BackupReader) => Promise<T>): Promise<T> {
  const first = await frames.next();
  if (first.done || first.value.type !== FrameType.manifest) throw damaged("it does not begin with a manifest");
  const manifest = decodeManifest(first.value.payload);
  let index = 0;
  let reading = false;
  let ended = false;

  async function nextTable(): Promise<TableData | null> {
    if (reading) throw new Error("readBackup: a table was left before its end");
    if (ended) return null;
    let next = await frames.next();
    if (next.done) throw damaged("it ends before its last table");
    if (index === manifest.tables.length) {
      if (manifest.checksumsAtEnd) {
        if (next.value.type !== FrameType.checksums) throw damaged("its checksums are missing");
        const sums = decodeChecksums(next.value.payload);
        for (const table of manifest.tables) {
          const sum = sums[table.name];
          if (sum === undefined) throw damaged(`the checksum of table ${table.name} is missing`);
          table.checksum = sum;
        }
        next = await frames.next();
        if (next.done) throw damaged("it ends before its end");
      }
      if (next.value.type !== FrameType.end) throw damaged("it holds more than its manifest lists");
      if (!(await frames.next()).done) throw damaged("it goes on after its end");
      ended = true;
      return null;
    }
    const table = manifest.tables[index++]!;
    if (next.value.type !== FrameType.table || next.value.payload.toString("utf8") !== table.name) throw damaged(`table ${table.name} is not where its manifest says`);
    reading = true;
    return { table, chunks: tableChunks(table) };
  }

  async function* tableChunks(table: ManifestTable): AsyncGenerator<Buffer> {
    let lines = 0;
    for (;;) {
      const next = await frames.next();
      if (next.done) throw damaged(`it ends inside table ${table.name}`);
      const { type, payload } = next.value;
      if (type === FrameType.data) {
        lines += countLines(payload);
        yield payload;
      } else if (type === FrameType.tableEnd) {
        const stated = Number(payload.toString("latin1"));
        if (manifest.countsAtEnd && Number.isSafeInteger(stated) && stated >= 0) table.rows = stated;
        if (stated !== table.rows || lines !== table.rows) throw damaged(`table ${table.name} has ${lines} rows, its manifest says ${stated}`);
        reading = false;
        return;
      } else {
        throw damaged(`table ${table.name} is not closed`);
      }
    }
  }

  const result = await consume({ manifest, nextTable });
  // Whatever `consume` left unread is read now: the stream ends, and the tag is checked, only at the end.
  if (reading) throw new Error("readBackup: a table was left before its end");
  for (let table = await nextTable(); table; table = await nextTable()) {
    for await (const _chunk of table.chunks) {
      // skipped
    }
  }
  return result;
}

function explainReadError(error: unknown): unknown {
  if (error instanceof BackupError) return error;
  const err = error as NodeJS.ErrnoException;
  // node:crypto's words when a GCM tag does not match.
  if (/unable to authenticate data/.test(String(err?.message))) {
    return damaged("its contents do not match their authentication tag (a byte was changed after it was written)");
  }
  // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR for "unexpected end of file") on a body whose tag was not checked yet.
  if (typeof err?.code === "string" && err.code.startsWith("Z_")) return damaged(`it does not decompress (${err.message})`);
  return error;
}
