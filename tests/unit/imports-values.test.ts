// Cell values as people type them in Kazakhstan's spreadsheets.
import { describe, expect, it } from "vitest";
import { cellText, excelSerialDay, readDay, readIdentifier, readMoney, readNumber } from "@/lib/imports/values";

const day = (y: number, m: number, d: number) => ({ ok: true, value: { y, m, d } });

describe("dates", () => {
  it("reads DD.MM.YYYY, D.M.YYYY, DD/MM/YYYY and ISO dates", () => {
    expect(readDay("05.03.2021")).toEqual(day(2021, 3, 5));
    expect(readDay(" 5.3.2021 ")).toEqual(day(2021, 3, 5));
    expect(readDay("05/03/2021")).toEqual(day(2021, 3, 5));
    expect(readDay("2021-03-05")).toEqual(day(2021, 3, 5));
    expect(readDay("2021-03-05T00:00:00")).toEqual(day(2021, 3, 5));
    expect(readDay("05.03.2021 0:00")).toEqual(day(2021, 3, 5));
  });

  it("refuses days that do not exist and other text", () => {
    for (const text of ["31.02.2021", "29.02.2021", "2021-13-01", "March 5", "05.03.21", "2021"]) {
      expect(readDay(text), text).toEqual({ ok: false, code: "invalidDate" });
    }
    expect(readDay("29.02.2020")).toEqual(day(2020, 2, 29));
  });

  it("reads Excel serial dates, including Excel's phantom 29 February 1900", () => {
    expect(excelSerialDay(1)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(excelSerialDay(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(excelSerialDay(60)).toBeNull();
    expect(excelSerialDay(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(excelSerialDay(43_922)).toEqual({ y: 2020, m: 4, d: 1 });
    expect(readDay(44_197)).toEqual(day(2021, 1, 1));
    expect(readDay(44_197.75)).toEqual(day(2021, 1, 1));
    expect(readDay("44197")).toEqual(day(2021, 1, 1));
  });

  it("reads a Date cell by its UTC day, whatever the server's time zone (tests run in Asia/Almaty)", () => {
    expect(readDay(new Date(Date.UTC(2021, 2, 5)))).toEqual(day(2021, 3, 5));
    // A date-time a few milliseconds before midnight (floating-point) is the next day.
    expect(readDay(new Date(Date.UTC(2021, 2, 5) - 3))).toEqual(day(2021, 3, 5));
    expect(cellText(new Date(Date.UTC(2021, 2, 5)))).toBe("05.03.2021");
  });
});

describe("numbers and money", () => {
  it("reads decimal commas, points and thousands separators", () => {
    expect(readNumber("1 234 567,89")).toEqual({ ok: true, value: 1234567.89 });
    expect(readNumber("1\u00a0234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("1.234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber("-12")).toEqual({ ok: true, value: -12 });
    expect(readNumber(12.5)).toEqual({ ok: true, value: 12.5 });
    for (const text of ["1,2,3", "12abc", "", "--1", "1e5"]) expect(readNumber(text).ok, text).toBe(false);
  });

  it("keeps money as a decimal string with two decimals", () => {
    expect(readMoney("1 500 000,5")).toEqual({ ok: true, value: "1500000.50" });
    expect(readMoney(0.1 + 0.2)).toEqual({ ok: true, value: "0.30" });
    expect(readMoney("-1")).toEqual({ ok: false, code: "negative" });
  });
});

describe("identifiers", () => {
  it("gives back the leading zeros Excel drops from an IIN stored as a number", () => {
    expect(readIdentifier(50101600017)).toBe("050101600017");
    expect(readIdentifier(101500114)).toBe("000101500114");
    expect(readIdentifier("50101600017")).toBe("050101600017");
    expect(readIdentifier(" 950101 300038 ")).toBe("950101300038");
    expect(readIdentifier("9,50101E+11")).toBe("9,50101E+11");
  });
});
