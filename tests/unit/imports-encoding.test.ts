// The encoding of a CSV is decided from the whole file — strict UTF-8 first, then
// Windows-1251 only when the text reads as plausible Russian, Kazakh or Latin — and a file that
// is neither is refused with one clear message ("save it as XLSX or CSV UTF-8") instead of being
// stored as mojibake (РђС…РјРµС‚РѕРІ for Ахметов) or reported as "missing columns".
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/imports/decode";
import { readRows } from "@/lib/imports/read-file";
import type { RowResult } from "@/lib/imports/rows";
import type { CellValue } from "@/lib/imports/values";

const RUSSIAN = "ИИН;ФИО;Код проекта;Дата приёма\r\n950101300038;Ахметов Ерлан;AKM-001;05.03.2021\r\n750920400122;Сатпаева Айгуль Маратовна;AKM-002;15.02.2022\r\n";
const ENGLISH_HEADERS = "iin;fullName;projectCode;hiredAt\r\n950101300038;Ахметов Ерлан;AKM-001;05.03.2021\r\n750920400122;Сатпаева Айгуль Маратовна;AKM-002;15.02.2022\r\n";
const keep = (_row: number, record: Record<string, CellValue>): RowResult<Record<string, CellValue>> => ({ ok: true, value: record });
const read = (bytes: Uint8Array) => readRows(bytes, "PLACEMENTS", keep, async () => {});
const bytesOf = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const refused = { ok: false, problem: { code: "unrecognisedEncoding" } };

describe("encodings that are read", () => {
  it("reads UTF-8 and plausible Windows-1251, English and Russian headers alike", async () => {
    expect(decodeText(bytesOf(RUSSIAN, "utf8"))).toEqual({ text: RUSSIAN, encoding: "utf-8" });
    expect(decodeText(bytesOf(RUSSIAN, "win1251"))).toEqual({ text: RUSSIAN, encoding: "windows-1251" });
    expect(decodeText(bytesOf(ENGLISH_HEADERS, "win1251"))).toEqual({ text: ENGLISH_HEADERS, encoding: "windows-1251" });
    const outcome = await read(bytesOf(ENGLISH_HEADERS, "win1251"));
    expect(outcome.ok && outcome.rows.map((r) => r.fullName)).toEqual(["Ахметов Ерлан", "Сатпаева Айгуль Маратовна"]);
  });

  it("reads Windows-1251 with the punctuation Excel and 1C write (№, «», —, non-breaking spaces)", () => {
    const text = "Код проекта;Наименование;Выделено\r\nAKM-001;Ремонт школы № 3 «Болашак» — Кокшетау;1\u00a0500\u00a0000,50\r\n";
    expect(decodeText(bytesOf(text, "win1251"))).toEqual({ text, encoding: "windows-1251" });
  });

  it("reads UTF-16 with a byte-order mark, little- and big-endian (Excel's Unicode text)", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...bytesOf(RUSSIAN, "utf16le")]))).toEqual({ text: RUSSIAN, encoding: "utf-16le" });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...bytesOf(RUSSIAN, "utf16be")]))).toEqual({ text: RUSSIAN, encoding: "utf-16be" });
  });
});

describe("encodings that are refused", () => {
  it("refuses a UTF-8 file with one stray byte instead of reading it as Windows-1251 mojibake", async () => {
    const utf8 = bytesOf(RUSSIAN, "utf8");
    const stray = new Uint8Array([...utf8.subarray(0, 40), 0xff, ...utf8.subarray(40)]);
    expect(decodeText(stray)).toBeNull();
    expect(await read(stray)).toEqual(refused);
  });

  it("refuses a Mac-Cyrillic file with English headers", async () => {
    const mac = bytesOf(ENGLISH_HEADERS, "maccyrillic");
    expect(decodeText(mac)).toBeNull();
    expect(await read(mac)).toEqual(refused);
  });

  it("refuses KOI8-R, with Russian headers and with English ones", async () => {
    expect(await read(bytesOf(RUSSIAN, "koi8-r"))).toEqual(refused);
    expect(await read(bytesOf(ENGLISH_HEADERS, "koi8-r"))).toEqual(refused);
  });

  it("refuses UTF-16 without a byte-order mark, not as missing columns", async () => {
    expect(await read(bytesOf(RUSSIAN, "utf16le"))).toEqual(refused);
    expect(await read(bytesOf(ENGLISH_HEADERS, "utf16be"))).toEqual(refused);
  });

  it("refuses a UTF-8 file with a byte-order mark and a stray byte", async () => {
    const utf8 = bytesOf(RUSSIAN, "utf8");
    expect(await read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.subarray(0, 60), 0xc0, ...utf8.subarray(60)]))).toEqual(refused);
  });
});
