// Text of an uploaded CSV file, or null when its encoding cannot be told. Akimats'
// files come from Excel and 1C: UTF-8 with or without a byte-order mark, Windows-1251 (Excel's
// "CSV" on a Russian-language Windows), or UTF-16 with a byte-order mark (Excel's "Unicode
// text"). The encoding is decided from the whole file: strict UTF-8 first; then Windows-1251,
// only if the text reads as Russian, Kazakh or Latin (plausible-cp1251.ts) — cp1251 maps every
// byte to some character, so without that check a UTF-8 file with one stray byte, a KOI8-R or a
// Mac-Cyrillic file was "read" and its names stored as mojibake. Anything else is refused with
// "save it as XLSX or CSV UTF-8", never guessed.
import iconv from "iconv-lite";
import { isPlausibleCp1251 } from "./plausible-cp1251";

export type TextEncodingName = "utf-8" | "windows-1251" | "utf-16le" | "utf-16be";
export type DecodedText = { text: string; encoding: TextEncodingName };

function strict(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a byte-order mark: every other byte of Latin text is 0x00, which text files never hold. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return zeros >= 4 && zeros * 10 >= sample.length;
}

export function decodeText(bytes: Uint8Array): DecodedText | null {
  const bom = (...marks: number[]) => marks.every((mark, i) => bytes[i] === mark);
  if (bom(0xff, 0xfe) || bom(0xfe, 0xff)) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = strict(encoding, bytes.subarray(2));
    return text === null ? null : { text, encoding };
  }
  if (bom(0xef, 0xbb, 0xbf)) {
    const text = strict("utf-8", bytes.subarray(3));
    return text === null ? null : { text, encoding: "utf-8" };
  }
  if (looksLikeUtf16(bytes)) return null;
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const cp1251 = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1251");
  return isPlausibleCp1251(cp1251) ? { text: cp1251, encoding: "windows-1251" } : null;
}
