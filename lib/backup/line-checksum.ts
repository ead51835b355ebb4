// The checksum of a table as COPY text (checksum function "copy-lines"): every line (one row)
// hashed to 64 bits, the hashes summed modulo 2^64, so the order COPY returns rows in does not
// matter and a changed, missing or extra row changes the sum (except with a chance of ~2^-64).
// The backup hashes the text it copies as it streams by, at no extra read of the database; the
// restore copies each loaded table out again (same columns, same session settings: the same row
// is the same bytes) and hashes that. Equal sums prove the restored tables hold what the source
// held, row for row. Not meant to resist a forger: the file's AES-GCM tag does that.
//
// The 64-bit line hash is two 32-bit lanes (FNV-1a and a multiply-xorshift lane with another
// seed), each finished with murmur3's fmix32, so neighbouring rows do not give neighbouring hashes.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const LANE_B_SEED = 0x9747b28c;
const LANE_B_PRIME = 0x5bd1e995;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class LineChecksum {
  private a = FNV_OFFSET;
  private b = LANE_B_SEED;
  private sumLow = 0;
  private sumHigh = 0;
  /** Whether bytes of a line not yet ended have been taken. */
  private inLine = false;
  /** Lines (rows) ended so far. */
  lines = 0;

  /** Takes the next bytes of COPY text; a line may continue from the previous chunk. */
  update(chunk: Uint8Array): void {
    let a = this.a;
    let b = this.b;
    let inLine = this.inLine;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === 0x0a) {
        this.addLine(fmix32(a), fmix32(b));
        a = FNV_OFFSET;
        b = LANE_B_SEED;
        inLine = false;
      } else {
        inLine = true;
        a = Math.imul(a ^ byte, FNV_PRIME);
        b = Math.imul(b ^ byte, LANE_B_PRIME);
        b ^= b >>> 15;
      }
    }
    this.a = a;
    this.b = b;
    this.inLine = inLine;
  }

  private addLine(low: number, high: number): void {
    // Sum modulo 2^64 in two 32-bit halves, with the carry.
    const sum = this.sumLow + low;
    this.sumLow = sum >>> 0;
    this.sumHigh = (this.sumHigh + high + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    this.lines++;
  }

  /** The sum as an unsigned decimal (the manifest's checksum). Text after the last newline is an error. */
  digest(): string {
    if (this.inLine) throw new Error("COPY text ended inside a row");
    return ((BigInt(this.sumHigh) << 32n) | BigInt(this.sumLow)).toString();
  }
}
