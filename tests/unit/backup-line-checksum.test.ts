// The checksums backups take of each table's COPY text (lib/backup/line-checksum.ts): the same
// rows give the same sum in any order and however the text is cut into chunks; one changed,
// missing or extra row changes it; text that ends inside a row is an error, not a sum. Both line
// hashes keep their values: a backup made today is verified by the restore of a later version.
import { describe, expect, it } from "vitest";
import { LINE_HASHES, LineChecksum, type LineHash } from "@/lib/backup/line-checksum";

const rows = Array.from({ length: 2000 }, (_, i) => `${i + 1}\t${900_000_000_000 + i}\tИмя ${i}\\tтаб\n`);

/** The sums of `rows`, worked out when each hash was introduced. */
const PINNED: Record<LineHash, string> = {
  "copy-lines": "1851977183334774142",
  "copy-lines-w4": "6579047584345768258",
};

describe.each(LINE_HASHES)("COPY text checksum %s", (hash) => {
  function sumOf(text: string, cut = 0): { checksum: string; lines: number } {
    const sum = new LineChecksum(hash);
    const bytes = Buffer.from(text, "utf8");
    if (cut <= 0) sum.update(bytes);
    else for (let i = 0; i < bytes.length; i += cut) sum.update(bytes.subarray(i, i + cut));
    return { checksum: sum.digest(), lines: sum.lines };
  }

  const whole = sumOf(rows.join(""));

  it("gives the value it gave when backups began to use it", () => {
    expect(whole.checksum).toBe(PINNED[hash]);
  });

  it("counts the rows and does not depend on their order or on how the text is cut", () => {
    expect(whole.lines).toBe(2000);
    expect(sumOf([...rows].reverse().join(""))).toEqual(whole);
    for (const cut of [1, 3, 7, 64, 4096]) expect(sumOf(rows.join(""), cut)).toEqual(whole);
  });

  it("changes with one changed, missing or extra row, and with two rows swapping a value", () => {
    const changed = [...rows];
    changed[1234] = changed[1234]!.replace("Имя", "Имо");
    expect(sumOf(changed.join("")).checksum).not.toBe(whole.checksum);
    expect(sumOf(rows.slice(1).join("")).checksum).not.toBe(whole.checksum);
    expect(sumOf([...rows, rows[0]!].join("")).checksum).not.toBe(whole.checksum);
    const swapped = [...rows];
    swapped[0] = "1\tB\n";
    swapped[1] = "2\tA\n";
    const original = [...rows];
    original[0] = "1\tA\n";
    original[1] = "2\tB\n";
    expect(sumOf(swapped.join("")).checksum).not.toBe(sumOf(original.join("")).checksum);
  });

  it("gives an unsigned 64-bit decimal, and 0 for an empty table", () => {
    expect(BigInt(whole.checksum) < 2n ** 64n).toBe(true);
    expect(sumOf("")).toEqual({ checksum: "0", lines: 0 });
  });

  it("refuses text that ends inside a row", () => {
    const sum = new LineChecksum(hash);
    sum.update(Buffer.from("1\tA\n2\tB"));
    expect(() => sum.digest()).toThrow("inside a row");
  });
});
