// Parsing that is linear and bounded: every cell is measured before any regex reads
// it, and a cell over MAX_CELL_LENGTH refuses its row naming the column. The hostile cells here
// sit AT the maximum, where the regexes do run: they must give the right answer (the lint rule
// regexp/no-super-linear-backtracking, not a timer, keeps them linear). NUL bytes, which
// PostgreSQL refuses in text, are row errors too.
import { describe, expect, it } from "vitest";
import { MAX_CELL_LENGTH } from "@/lib/imports/limits";
import { readRows } from "@/lib/imports/read-file";
import type { RowResult } from "@/lib/imports/rows";
import { mapHeader } from "@/lib/imports/sheet";
import { readDay, readIdentifier, readMoney, readNumber, type CellValue } from "@/lib/imports/values";
import { booleanOf, normaliseWord } from "@/lib/imports/vocabulary";
import { readField } from "@/lib/imports/fields";

const HEADER = "ИИН;ФИО;Код проекта;Дата приёма";
const csv = (lines: string[]) => new TextEncoder().encode(`\ufeff${lines.join("\r\n")}\r\n`);
const keep = (_row: number, record: Record<string, CellValue>): RowResult<Record<string, CellValue>> => ({ ok: true, value: record });
const read = (lines: string[]) => readRows(csv(lines), "PLACEMENTS", keep, async () => {});

describe("cells at the maximum length", () => {
  it("is 1,000 characters", () => {
    expect(MAX_CELL_LENGTH).toBe(1_000);
  });

  it("reads a header cell of 1,000 '(' as an unknown column", () => {
    const cells = [..."ИИН;ФИО;Код проекта;Дата приёма".split(";"), "(".repeat(MAX_CELL_LENGTH)];
    expect(normaliseWord("(".repeat(MAX_CELL_LENGTH))).toBe("(".repeat(MAX_CELL_LENGTH));
    expect(normaliseWord(`(${"(".repeat(MAX_CELL_LENGTH - 2)})`)).toBe("");
    expect(mapHeader("PLACEMENTS", cells)).toEqual({ ok: true, columns: ["iin", "fullName", "projectCode", "hiredAt", null] });
  });

  it("refuses digits followed by a letter as a number, a date, money and a boolean", () => {
    const digits = `${"1".repeat(MAX_CELL_LENGTH - 1)}x`;
    expect(readNumber(digits)).toMatchObject({ ok: false, code: "invalidNumber" });
    expect(readMoney(digits)).toMatchObject({ ok: false, code: "invalidNumber" });
    expect(readDay(digits)).toMatchObject({ ok: false, code: "invalidDate" });
    expect(readDay(`01.01.2021 ${"1".repeat(MAX_CELL_LENGTH - 12)}`)).toMatchObject({ ok: false, code: "invalidDate" });
    expect(readDay(`2021-01-01T${" ".repeat(MAX_CELL_LENGTH - 12)}`)).toMatchObject({ ok: true, value: { y: 2021, m: 1, d: 1 } });
    expect(booleanOf(digits)).toBeUndefined();
    expect(readIdentifier(`${"1 ".repeat(MAX_CELL_LENGTH / 2 - 1)}x`)).toHaveLength(MAX_CELL_LENGTH / 2);
    expect(readNumber(`${"1".repeat(400)}.${"0".repeat(400)}`)).toMatchObject({ ok: false, code: "invalidNumber" }); // not finite
    expect(readNumber(`-${"0".repeat(MAX_CELL_LENGTH - 3)}.5`)).toEqual({ ok: true, value: -0.5 });
  });

  it("refuses a code of 999 letters and a space, and reads spaces in a text cell of 1,000", () => {
    expect(readField({ key: "code", type: "code", required: true }, `${"A".repeat(MAX_CELL_LENGTH - 2)} !`)).toMatchObject({ ok: false, code: "invalidCode" });
    const text = `${"а \t".repeat((MAX_CELL_LENGTH - 1) / 3)}б`;
    expect(readField({ key: "name", type: "text", required: true }, text)).toEqual({ ok: true, value: `${"а ".repeat((MAX_CELL_LENGTH - 1) / 3)}б` });
  });

  it("reads a data row whose cells are all exactly 1,000 characters long", async () => {
    const long = "Ж".repeat(MAX_CELL_LENGTH);
    const outcome = await read([HEADER, `${long};${long};${long};${long}`]);
    expect(outcome).toMatchObject({ ok: true, totalRows: 1, errors: [] });
  });
});

describe("cells over the maximum length", () => {
  it("refuse their row, naming the column, before any regex reads them", async () => {
    const outcome = await read([HEADER, `950101300038;${"(".repeat(MAX_CELL_LENGTH + 1)};AKM-001;${"1".repeat(100_000)}x`, "950101300038;Ерлан;AKM-001;01.02.2022"]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rows).toHaveLength(1);
    expect(outcome.errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
      [2, "fullName", "cellTooLong", { max: MAX_CELL_LENGTH }],
      [2, "hiredAt", "cellTooLong", { max: MAX_CELL_LENGTH }],
    ]);
    expect(outcome.errors[0]!.value.length).toBeLessThanOrEqual(100);
  });

  it("in the header refuse the file, naming the column", async () => {
    const outcome = await read([`ИИН;${"(".repeat(100_000)};ФИО`, "950101300038;x;Ерлан"]);
    expect(outcome).toEqual({ ok: false, problem: { code: "headerTooLong", params: { column: "B", max: MAX_CELL_LENGTH } } });
  });
});

describe("NUL bytes", () => {
  it("refuse the row, naming the column, and the shown value holds no NUL (PostgreSQL refuses it, in jsonb too)", async () => {
    const outcome = await read([HEADER, "950101300038;Ер\u0000лан;AKM-001;01.02.2022", "950101300038;Ерлан;AKM-001;01.02.2022"]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rows).toHaveLength(1);
    expect(outcome.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, "fullName", "nulCharacter"]]);
    expect(outcome.errors[0]!.value).not.toContain("\u0000");
  });
});
