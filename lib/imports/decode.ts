// Text of an uploaded CSV file. Akimats' files come from Excel and 1C: UTF-8 with or without a
// byte-order mark, or Windows-1251 (Excel's "CSV" on a Russian-language Windows), sometimes
// UTF-16 ("Unicode text"). A file that is valid UTF-8 is read as UTF-8; otherwise as cp1251,
// which maps every byte to a character (Cyrillic included), so it never fails.
import iconv from "iconv-lite";

export type TextEncodingName = "utf-8" | "windows-1251" | "utf-16le";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1251"), encoding: "windows-1251" };
  }
}
