// The ZIP container of an XLSX, read from the uploaded bytes in memory: its central
// directory gives every entry's declared uncompressed size, whose sum is checked BEFORE anything
// is inflated, and each entry is then inflated as a stream that may not produce more than it
// declared — so a 312 KB file can no longer inflate to 209 MB. Nothing is written to disk (the
// streaming reader of exceljs kept sheets in temporary files holding IINs and names).
import zlib from "node:zlib";
import { FileProblemError } from "./file-problem";
import { MAX_XLSX_UNCOMPRESSED_BYTES, MAX_XLSX_UNCOMPRESSED_MB } from "./limits";

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localHeader: number };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const CHUNK_BYTES = 64 * 1024;

const unreadable = () => new FileProblemError({ code: "unreadableFile" });
export const tooLarge = () => new FileProblemError({ code: "xlsxTooLarge", params: { maxMb: MAX_XLSX_UNCOMPRESSED_MB } });

/**
 * The entries of the archive by lower-case name (part names of a package are case-insensitive).
 * Refuses archives over the size limit, encrypted entries and ZIP64 (no spreadsheet under the
 * upload limit needs it).
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) throw unreadable();
  const count = view.readUInt16LE(end + 10);
  const offset = view.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable();
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const flags = view.readUInt16LE(at + 8);
    const nameLength = view.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: view.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength),
      method: view.readUInt16LE(at + 10),
      compressedSize: view.readUInt32LE(at + 20),
      size: view.readUInt32LE(at + 24),
      localHeader: view.readUInt32LE(at + 42),
    };
    if (flags & 0x1 || entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw unreadable();
    total += entry.size;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge();
    entries.set(entry.name.toLowerCase(), entry);
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's bytes, inflated chunk by chunk; more than its declared size refuses the file. */
export async function* entryChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeader;
  if (local + 30 > view.length || view.readUInt32LE(local) !== LOCAL_HEADER) throw unreadable();
  const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
  if (start + entry.compressedSize > view.length) throw unreadable();
  const data = view.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw tooLarge();
    for (let i = 0; i < data.length; i += CHUNK_BYTES) yield data.subarray(i, i + CHUNK_BYTES);
    return;
  }
  if (entry.method !== 8) throw unreadable();
  const inflater = zlib.createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflater.on("error", () => {}); // surfaced by the iteration below
  inflater.end(data);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.size) throw tooLarge();
      yield chunk;
    }
  } catch (error) {
    if (error instanceof FileProblemError) throw error;
    throw unreadable();
  } finally {
    inflater.destroy();
  }
}
