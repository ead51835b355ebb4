// The templates: headers in the reader's language that the import itself recognises, notes and
// an instructions sheet naming allowed values by name and code.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columnsOf } from "@/lib/imports/columns";
import { csvRecords } from "@/lib/imports/csv";
import { decodeText } from "@/lib/imports/decode";
import { mapHeader } from "@/lib/imports/sheet";
import { sheetRows } from "@/lib/imports/source";
import { csvTemplate, xlsxTemplate } from "@/lib/imports/templates";

const region = { code: "11", name: "Акмолинская область", districts: ["Бурабайский район", "г. Кокшетау"] };

describe("templates", () => {
  for (const locale of ["ru", "kk", "en"] as const) {
    for (const kind of ["PROJECTS", "PLACEMENTS"] as const) {
      it(`${kind} in ${locale}: the XLSX and CSV headers are read back as every column`, async () => {
        const xlsx = await xlsxTemplate(kind, locale, region);
        const first = (await sheetRows(xlsx).next()).value!;
        const all = columnsOf(kind).map((c) => c.key);
        expect(mapHeader(kind, first.cells)).toEqual({ ok: true, columns: all });
        const csv = [...csvRecords(decodeText(csvTemplate(kind, locale))!.text)];
        expect(csv).toHaveLength(1);
        expect(mapHeader(kind, csv[0]!.cells)).toEqual({ ok: true, columns: all });
      });
    }
  }

  it("writes Russian headers with notes, text-formatted IIN cells and an instructions sheet with names and codes", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsxTemplate("PROJECTS", "ru", region)) as never);
    const [data, help] = workbook.worksheets;
    expect(data!.name).toBe("Данные");
    expect(data!.getRow(1).getCell(1).value).toBe("Код проекта");
    const note = data!.getRow(1).getCell(7).note as string | { texts: Array<{ text: string }> };
    const noteText = typeof note === "string" ? note : note.texts.map((t) => t.text).join("");
    expect(data!.getRow(1).getCell(7).value).toBe("Вид работ");
    expect(noteText).toContain("Обязательный.");
    expect(noteText).toContain("Капитальный ремонт — CAPITAL_REPAIR");
    expect(help!.name).toBe("Пояснения");
    const text = help!.getSheetValues().flat().join("\n");
    expect(text).toContain("Капитальный ремонт — CAPITAL_REPAIR");
    expect(text).toContain("Акмолинская область — 11");
    expect(text).toContain("Бурабайский район");

    const placements = new ExcelJS.Workbook();
    await placements.xlsx.load(Buffer.from(await xlsxTemplate("PLACEMENTS", "kk", region)) as never);
    const sheet = placements.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "ЖСН", "Аты-жөні", "Жоба коды", "Жұмысқа қабылданған күні", "Жұмыстың аяқталған күні", "Лауазымы", "Жұмыспен қамту орталығы жіберген", "Жолдама нөмірі", "Қабылданғанға дейін жұмыссыз"]);
    expect(sheet.getColumn(1).numFmt).toBe("@");
  });

  it("starts the CSV with a byte-order mark and separates by semicolons", () => {
    const bytes = csvTemplate("PLACEMENTS", "en");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeText(bytes)!.text).toBe("IIN;Full name;Project code;Hiring date;End date;Position;Referred by an employment centre;Referral number;Unemployed before hiring\r\n");
  });
});
