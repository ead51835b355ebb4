// The layout of a backup file (docs/backups.md, "The file"):
//
//   header     plain text, ends with an empty line: magic, format, cipher, key id, IV
//   body       AES-256-GCM of a gzip stream of frames (header bytes as additional data)
//   tag        16 bytes: the GCM authentication tag of header and body
//   end mark   8 bytes "KZRB-END" + the body's length (uint64, big-endian)
//
// The header is readable with `head -c 200`, so an operator can see which key a file needs.
// The end mark makes a cut file ("truncated") tell itself apart from a changed byte ("damaged")
// without reading the body; the tag proves every byte of header and body is what was written.
//
// Inside the gzip stream, frames: type (1 byte) + payload length (uint32, big-endian) + payload:
//   M  the manifest (JSON), first        T  a table starts (its name)
//   D  a chunk of the table's COPY text  E  the table ends (its row count, decimal)
//   Z  the end of the backup, last
// so a reader streams table after table without holding one in memory.
import { BackupDamagedError, NotABackupError } from "./errors";

export const MAGIC = "KZ-ROADMAP-BACKUP";
export const FORMAT_VERSION = 1;
export const CIPHER = "aes-256-gcm";
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const END_MARK = Buffer.from("KZRB-END", "latin1");
/** Tag and end mark: what follows the body. */
export const TAIL_BYTES = TAG_BYTES + END_MARK.length + 8;
/** A header is a few lines; anything longer is not one. */
export const MAX_HEADER_BYTES = 1024;

export type Header = { format: number; keyId: string; iv: Buffer };

export function encodeHeader(keyId: string, iv: Buffer): Buffer {
  return Buffer.from(`${MAGIC}\nformat: ${FORMAT_VERSION}\ncipher: ${CIPHER}\nkey-id: ${keyId}\niv: ${iv.toString("hex")}\n\n`, "latin1");
}

/** Reads the header at the start of `head` (the file's first bytes); returns it and its length. */
export function decodeHeader(head: Buffer): { header: Header; length: number } {
  if (head.subarray(0, MAGIC.length + 1).toString("latin1") !== `${MAGIC}\n`) {
    throw new NotABackupError("This file is not a backup of the portal (it does not start with the backup header).");
  }
  const end = head.indexOf("\n\n", 0, "latin1");
  if (end < 0) throw new NotABackupError("This file's backup header is incomplete or too long: it is not a backup the portal can read.");
  const fields = new Map<string, string>();
  for (const line of head.subarray(MAGIC.length + 1, end).toString("latin1").split("\n")) {
    const colon = line.indexOf(": ");
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 2));
  }
  const format = Number(fields.get("format"));
  if (!Number.isInteger(format) || format < 1) throw new NotABackupError("This backup's header has no valid format number.");
  if (format > FORMAT_VERSION) {
    throw new NotABackupError(`This backup is in format ${format}, written by a newer version of the portal; this version reads format ${FORMAT_VERSION}. Restore it with the newer portal.`);
  }
  if (fields.get("cipher") !== CIPHER) throw new NotABackupError(`This backup names the cipher "${fields.get("cipher") ?? ""}"; the portal writes and reads ${CIPHER} only.`);
  const keyId = fields.get("key-id") ?? "";
  const iv = fields.get("iv") ?? "";
  if (!/^[0-9a-f]{16}$/.test(keyId) || !/^[0-9a-f]{24}$/.test(iv)) throw new NotABackupError("This backup's header has no valid key id or IV.");
  return { header: { format, keyId, iv: Buffer.from(iv, "hex") }, length: end + 2 };
}

export function encodeEndMark(bodyLength: number): Buffer {
  const mark = Buffer.alloc(END_MARK.length + 8);
  END_MARK.copy(mark, 0);
  mark.writeBigUInt64BE(BigInt(bodyLength), END_MARK.length);
  return mark;
}

/** The body's length as the end mark states it, or null when the file does not end with one. */
export function decodeEndMark(mark: Buffer): number | null {
  if (mark.length !== END_MARK.length + 8 || !mark.subarray(0, END_MARK.length).equals(END_MARK)) return null;
  return Number(mark.readBigUInt64BE(END_MARK.length));
}

export const FrameType = { manifest: 0x4d, table: 0x54, data: 0x44, tableEnd: 0x45, checksums: 0x53, end: 0x5a } as const;
export type FrameTypeCode = (typeof FrameType)[keyof typeof FrameType];
const KNOWN = new Set<number>(Object.values(FrameType));
const FRAME_HEAD = 5;
/** Data frames are COPY chunks (tens of KB); the manifest of a few hundred tables is far below this. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** The 5 bytes before a payload; the payload itself is written as it is (no copy). */
export function frameHead(type: FrameTypeCode, length: number): Buffer {
  const head = Buffer.allocUnsafe(FRAME_HEAD);
  head[0] = type;
  head.writeUInt32BE(length, 1);
  return head;
}

export function frame(type: FrameTypeCode, payload: Buffer | string): Buffer[] {
  const bytes = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  return [frameHead(type, bytes.length), bytes];
}

/**
 * A frame made of several chunks, head and payload in one buffer: gzip takes each write as one
 * job on the thread pool, so a 5-byte head written on its own cost as much as the data after it.
 */
export function joinedFrame(type: FrameTypeCode, chunks: readonly Buffer[], length: number): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEAD + length);
  out[0] = type;
  out.writeUInt32BE(length, 1);
  let at = FRAME_HEAD;
  for (const chunk of chunks) at += chunk.copy(out, at);
  return out;
}

export type Frame = { type: FrameTypeCode; payload: Buffer };

/**
 * Splits the decompressed stream into frames. Payloads are views of the stream's own buffers
 * (zlib does not reuse them), copied only when a frame spans two chunks.
 */
export async function* readFrames(source: AsyncIterable<Buffer>): AsyncGenerator<Frame> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let offset = 0;
    while (pending.length - offset >= FRAME_HEAD) {
      const type = pending[offset]!;
      const length = pending.readUInt32BE(offset + 1);
      if (!KNOWN.has(type) || length > MAX_FRAME_BYTES) throw new BackupDamagedError("The backup file is damaged: its contents are not in the backup's layout.");
      if (pending.length - offset - FRAME_HEAD < length) break;
      yield { type: type as FrameTypeCode, payload: pending.subarray(offset + FRAME_HEAD, offset + FRAME_HEAD + length) };
      offset += FRAME_HEAD + length;
    }
    pending = pending.subarray(offset);
  }
  if (pending.length) throw new BackupDamagedError("The backup file is damaged: it ends inside a frame.");
}

/**
 * Rows in a chunk of COPY text: one newline per row (newlines inside values are escaped as \n).
 * Every byte of a backup passes here, on backup, verification and load: four bytes at a time
 * (a call of indexOf per row cost 1.5 s of a scale-10 backup's 642 MB, this 0.3 s).
 */
export function countLines(chunk: Buffer): number {
  let lines = 0;
  let at = 0;
  const end = chunk.length;
  // Byte by byte up to a 4-byte boundary of the underlying memory (a Uint32Array view needs one).
  for (; at < end && (chunk.byteOffset + at) % 4 !== 0; at++) if (chunk[at] === 0x0a) lines++;
  const words = (end - at) >>> 2;
  if (words > 0) {
    const view = new Uint32Array(chunk.buffer, chunk.byteOffset + at, words);
    for (let w = 0; w < words; w++) {
      const x = view[w]! ^ 0x0a0a0a0a; // a newline byte becomes 0
      // The high bit of each byte set exactly where that byte of x is 0 (no carry between bytes).
      const zeros = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
      lines += Math.imul(zeros >>> 7, 0x01010101) >>> 24; // how many of the four bits are set
    }
    at += words * 4;
  }
  for (; at < end; at++) if (chunk[at] === 0x0a) lines++;
  return lines;
}
