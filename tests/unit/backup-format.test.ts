// The backup file's pieces without a database (lib/backup): the key, the header and end mark,
// the frames, and a whole file written with the real sealer and read back with the real reader.
// A file is refused — cut anywhere, one bit changed anywhere, another key — before its tag is
// trusted; the database side (nothing written on refusal) is tests/integration/backup.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Sealer } from "@/lib/backup/cipher";
import { BackupDamagedError, BackupKeyError, BackupLocationError, BackupTruncatedError, NotABackupError, WrongKeyError } from "@/lib/backup/errors";
import { countLines, decodeEndMark, decodeHeader, encodeEndMark, encodeHeader, frame, FrameType, joinedFrame, readFrames, TAIL_BYTES } from "@/lib/backup/format";
import { keyId, parseBackupKey } from "@/lib/backup/key";
import { checkBackupTarget, DATA_DIR, defaultBackupName, resolveBackupFile } from "@/lib/backup/location";
import type { Manifest } from "@/lib/backup/manifest";
import { readBackup, verifyBackup } from "@/lib/backup/read";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-unit-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const key = crypto.randomBytes(32);

const ROWS = {
  Region: ["1\t11\tАкмолинская\n", "2\t15\tАктюбинская\n"],
  // Values COPY escapes: a tab, a newline and a backslash inside a value stay on one line.
  Worker: Array.from({ length: 5000 }, (_, i) => `${i + 1}\t${String(900_000_000_000 + i)}\tИмя\\tс табом\\nи строкой \\\\ ${i}\n`),
};

function manifest(countsAtEnd = false): Manifest {
  return {
    format: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    serverVersion: "18.0",
    database: "portal",
    migrations: ["0001_init"],
    checksumFunction: "hashtextextended",
    checksumsAtEnd: false,
    countsAtEnd,
    tables: Object.entries(ROWS).map(([name, rows]) => ({ name, columns: [{ name: "id", type: "integer" }], rows: countsAtEnd ? 0 : rows.length, checksum: "0", sequences: [] })),
    summaries: { tables: [], rebuiltBy: "rebuild_summaries()" },
  };
}

/**
 * A backup file as lib/backup/backup.ts writes one, from in-memory rows, in small chunks; with
 * `countsAtEnd`, as it writes one today (row counts only in the end frames, data frames joined).
 */
async function writeFile(name: string, withKey = key, options: { countsAtEnd?: boolean; stated?: (rows: number) => number } = {}): Promise<string> {
  const file = path.join(dir, name);
  const stated = options.stated ?? ((rows: number) => rows);
  async function* frames() {
    yield* frame(FrameType.manifest, JSON.stringify(manifest(options.countsAtEnd)));
    for (const [table, rows] of Object.entries(ROWS)) {
      yield* frame(FrameType.table, table);
      for (let i = 0; i < rows.length; i += 700) {
        const chunks = rows.slice(i, i + 700).map((row) => Buffer.from(row, "utf8"));
        if (options.countsAtEnd) yield joinedFrame(FrameType.data, chunks, chunks.reduce((n, c) => n + c.length, 0));
        else yield* frame(FrameType.data, Buffer.concat(chunks));
      }
      yield* frame(FrameType.tableEnd, String(stated(rows.length)));
    }
    yield* frame(FrameType.end, "");
  }
  await pipeline(Readable.from(frames()), zlib.createGzip({ level: 1 }), new Sealer(withKey), fs.createWriteStream(file, { mode: 0o600 }));
  return file;
}

async function readAll(file: string, withKey = key): Promise<Record<string, string>> {
  return readBackup(file, withKey, async (reader) => {
    const tables: Record<string, string> = {};
    for (let table = await reader.nextTable(); table; table = await reader.nextTable()) {
      const parts: Buffer[] = [];
      for await (const chunk of table.chunks) parts.push(Buffer.from(chunk));
      tables[table.table.name] = Buffer.concat(parts).toString("utf8");
    }
    return tables;
  });
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("not refused");
}

describe("the backup key", () => {
  it("is 32 bytes of base64 and named by 16 hex digits of its SHA-256", () => {
    const text = key.toString("base64");
    expect(parseBackupKey(text)).toEqual(key);
    expect(parseBackupKey(` ${key.toString("base64url")}\n`)).toEqual(key);
    expect(keyId(key)).toBe(crypto.createHash("sha256").update(key).digest("hex").slice(0, 16));
  });

  it.each([
    [undefined, /is not set/],
    ["", /is not set/],
    [crypto.randomBytes(16).toString("base64"), /decodes to 16 bytes/],
    [crypto.randomBytes(33).toString("base64"), /decodes to 33 bytes/],
    ["not a key at all!", /not base64/],
  ])("refuses %j", (value, words) => {
    expect(() => parseBackupKey(value)).toThrow(BackupKeyError);
    expect(() => parseBackupKey(value)).toThrow(words);
  });
});

describe("header, end mark and frames", () => {
  it("reads back the header it writes, and refuses what is not one", () => {
    const iv = crypto.randomBytes(12);
    const bytes = encodeHeader(keyId(key), iv);
    const { header, length } = decodeHeader(Buffer.concat([bytes, crypto.randomBytes(100)]));
    expect(header).toEqual({ format: 1, keyId: keyId(key), iv });
    expect(length).toBe(bytes.length);
    expect(() => decodeHeader(Buffer.from("PK\u0003\u0004 a spreadsheet"))).toThrow(NotABackupError);
    expect(() => decodeHeader(Buffer.from(bytes.toString("latin1").replace("format: 1", "format: 2"), "latin1"))).toThrow(/format 2, written by a newer version/);
  });

  it("states the body's length in the end mark", () => {
    expect(decodeEndMark(encodeEndMark(123_456_789_012))).toBe(123_456_789_012);
    expect(decodeEndMark(crypto.randomBytes(16))).toBeNull();
  });

  it("splits frames however the stream is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1 }), async (payloads, cuts) => {
        const stream = Buffer.concat(payloads.flatMap((p) => frame(FrameType.data, Buffer.from(p))));
        const chunks: Buffer[] = [];
        for (let at = 0, i = 0; at < stream.length; i++) {
          const size = cuts[i % cuts.length]!;
          chunks.push(stream.subarray(at, at + size));
          at += size;
        }
        const read: Buffer[] = [];
        for await (const f of readFrames(Readable.from(chunks))) read.push(Buffer.from(f.payload));
        expect(read).toEqual(payloads.map((p) => Buffer.from(p)));
      }),
      { numRuns: 200 },
    );
  });

  it("counts COPY rows by their newlines", () => {
    expect(countLines(Buffer.from("1\ta\\nb\n2\tc\n"))).toBe(2);
    expect(countLines(Buffer.alloc(0))).toBe(0);
  });
});

describe("a whole file", () => {
  it("reads back every table as written", async () => {
    const file = await writeFile("good.backup");
    expect(await readAll(file)).toEqual({ Region: ROWS.Region.join(""), Worker: ROWS.Worker.join("") });
    expect((await verifyBackup(file, key)).tables.map((t) => [t.name, t.rows])).toEqual([["Region", 2], ["Worker", 5000]]);
  });

  it("takes each table's row count from its end frame when the manifest says so, and refuses one that disagrees with the rows", async () => {
    const file = await writeFile("counts-at-end.backup", key, { countsAtEnd: true });
    expect(await readAll(file)).toEqual({ Region: ROWS.Region.join(""), Worker: ROWS.Worker.join("") });
    expect((await verifyBackup(file, key)).tables.map((t) => [t.name, t.rows])).toEqual([["Region", 2], ["Worker", 5000]]);
    const wrong = await writeFile("counts-at-end-wrong.backup", key, { countsAtEnd: true, stated: (rows) => rows + 1 });
    const error = await refusal(verifyBackup(wrong, key));
    expect(error).toBeInstanceOf(BackupDamagedError);
    expect(error.message).toMatch(/table Region has 2 rows, its manifest says 3/);
  });

  it("is refused with another key before anything is decrypted", async () => {
    const file = await writeFile("key.backup");
    const error = await refusal(verifyBackup(file, crypto.randomBytes(32)));
    expect(error).toBeInstanceOf(WrongKeyError);
  });

  it("is refused as incomplete when cut anywhere", async () => {
    const file = await writeFile("cut-source.backup");
    const bytes = fs.readFileSync(file);
    const cuts = [0, 10, 90, bytes.length >> 2, bytes.length >> 1, bytes.length - TAIL_BYTES, bytes.length - 1];
    for (const length of cuts) {
      const cut = path.join(dir, `cut-${length}.backup`);
      fs.writeFileSync(cut, bytes.subarray(0, length));
      const error = await refusal(verifyBackup(cut, key));
      // Cut inside the header, the file no longer looks like a backup at all.
      expect([BackupTruncatedError, NotABackupError]).toContain(error.constructor);
    }
  });

  it("is refused as damaged when any one bit changes, the header included", async () => {
    const file = await writeFile("flip-source.backup");
    const bytes = fs.readFileSync(file);
    const header = decodeHeader(bytes).length;
    const body = [header, header + 1, header + 2000, bytes.length >> 1, bytes.length - TAIL_BYTES - 1];
    const tag = [bytes.length - TAIL_BYTES, bytes.length - TAIL_BYTES + 15];
    for (const at of [...body, ...tag]) {
      const changed = Buffer.from(bytes);
      changed[at]! ^= 0x04;
      const flipped = path.join(dir, `flip-${at}.backup`);
      fs.writeFileSync(flipped, changed);
      const error = await refusal(readAll(flipped));
      expect(error, `bit changed at byte ${at}`).toBeInstanceOf(BackupDamagedError);
    }
    // The header is authenticated too: another IV (one hex digit) …
    const digit = (field: string) => {
      const changed = Buffer.from(bytes);
      const at = bytes.indexOf(`${field}: `) + field.length + 2;
      changed[at] = changed[at] === 0x30 ? 0x31 : 0x30;
      const flipped = path.join(dir, `flip-${field}.backup`);
      fs.writeFileSync(flipped, changed);
      return flipped;
    };
    expect(await refusal(readAll(digit("iv")))).toBeInstanceOf(BackupDamagedError);
    // … and another key id names another key.
    expect(await refusal(readAll(digit("key-id")))).toBeInstanceOf(WrongKeyError);
  });

  it("is refused when it goes on after its end mark", async () => {
    const file = await writeFile("long.backup");
    fs.appendFileSync(file, "x");
    expect(await refusal(verifyBackup(file, key))).toBeInstanceOf(BackupTruncatedError);
  });
});

describe("where backups go", () => {
  it("names a backup by its time in UTC", () => {
    expect(defaultBackupName(new Date("2026-03-01T09:05:07.123Z"))).toBe("roadmap-20260301-090507.backup");
  });

  it("puts a bare name or the default name in BACKUP_DIR, and takes a path as given", () => {
    expect(resolveBackupFile("x.backup", "/backups")).toBe("/backups/x.backup");
    expect(resolveBackupFile("/elsewhere/x.backup", "/backups")).toBe("/elsewhere/x.backup");
    expect(resolveBackupFile(undefined, "/backups")).toMatch(/^\/backups\/roadmap-\d{8}-\d{6}\.backup$/);
    expect(() => resolveBackupFile(undefined, undefined)).toThrow(/Set BACKUP_DIR/);
  });

  it("refuses the .data/ folder, a missing folder and an existing file", () => {
    const existed = fs.existsSync(DATA_DIR);
    fs.mkdirSync(DATA_DIR, { recursive: true });
    const inside = fs.mkdtempSync(path.join(DATA_DIR, "backups-"));
    try {
      expect(() => checkBackupTarget(path.join(inside, "x.backup"))).toThrow(/inside the portal's \.data\/ folder/);
      expect(() => checkBackupTarget(path.join(DATA_DIR, "x.backup"))).toThrow(BackupLocationError);
      // Through a link, it is still inside.
      fs.symlinkSync(inside, path.join(dir, "link"));
      expect(() => checkBackupTarget(path.join(dir, "link", "x.backup"))).toThrow(/inside the portal's \.data\/ folder/);
    } finally {
      fs.rmSync(inside, { recursive: true, force: true });
      if (!existed) fs.rmSync(DATA_DIR, { recursive: true, force: true });
    }
    expect(() => checkBackupTarget(path.join(dir, "no-such-folder", "x.backup"))).toThrow(/does not exist/);
    fs.writeFileSync(path.join(dir, "taken.backup"), "");
    expect(() => checkBackupTarget(path.join(dir, "taken.backup"))).toThrow(/already exists/);
    expect(() => checkBackupTarget(path.join(dir, "free.backup"))).not.toThrow();
  });
});
