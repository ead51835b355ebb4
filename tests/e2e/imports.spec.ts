// Spreadsheet import: an akimat downloads the placements template (an XLSX with Russian
// headers), uploads a CSV with three bad rows and sees exactly those rows in the error table,
// fixes the file, imports it, and sees the created counts — which the database confirms.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { makeIin } from "@/lib/iin";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { ImportPages } from "./pages/ImportPages";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const akimat = DEMO_ACCOUNTS.find((a) => a.role === "AKIMAT")!;

/**
 * A hiring month no report has closed yet, projects of the akimat's region whose works run through
 * that whole month (a hiring outside a project's works is refused), and unused IINs.
 */
async function fileInputs() {
  return withDatabase(async (client) => {
    const region = (await client.query<{ id: number }>(`SELECT id FROM "Region" WHERE code = $1`, [akimat.regionCode])).rows[0]!;
    const { first, next: month } = (await client.query<{ first: string; next: string }>(
      `SELECT to_char(m, 'YYYY-MM-DD') AS first, to_char(m, 'MM.YYYY') AS next
         FROM (SELECT coalesce(max("month"), '2021-12-01') + interval '1 month' AS m FROM "MonthlyReport" WHERE "regionId" = $1 AND status IN ('SUBMITTED', 'APPROVED')) AS t`,
      [region.id],
    )).rows[0]!;
    const codes = (await client.query<{ code: string }>(
      `SELECT code FROM "Project" WHERE "regionId" = $1 AND "actualStart" <= $2::date
          AND ("actualEnd" IS NULL OR "actualEnd" >= $2::date + interval '1 month' - interval '1 day')
        ORDER BY code LIMIT 3`,
      [region.id, first],
    )).rows.map((r) => r.code);
    expect(codes, `three projects of region ${akimat.regionCode} at work through ${month}`).toHaveLength(3);
    const people: string[] = [];
    for (let serial = 1000 + Math.floor(Math.random() * 8000); people.length < 6; serial++) {
      const iin = makeIin({ y: 1990 + people.length, m: 3, d: 14 }, people.length % 2 ? "FEMALE" : "MALE", serial);
      if (iin && (await client.query(`SELECT 1 FROM "Worker" WHERE iin = $1`, [iin])).rowCount === 0) people.push(iin);
    }
    return { codes, month, people, regionId: region.id };
  });
}

test("an akimat imports placements: template, three bad rows shown, fixed file imported", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  const imports = new ImportPages(page);
  await imports.open();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations.map((v) => v.id))).toEqual([]);

  // The template opens with exceljs and has the headers in Russian.
  const { download, bytes } = await imports.downloadTemplate("xlsx");
  expect(download.suggestedFilename()).toBe("roadmap-placements-template-ru.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
  const labels = ru.imports.columns.PLACEMENTS;
  expect(headers).toEqual([labels.iin, labels.fullName, labels.projectCode, labels.hiredAt, labels.endedAt, labels.position,
    labels.referredByEmploymentCentre, labels.referralNumber, labels.unemployedBeforeHiring]);
  expect(workbook.worksheets[1]!.name).toBe(ru.imports.template.helpSheet);

  const { codes, month, people } = await fileInputs();
  const header = headers.join(";");
  const row = (iin: string, name: string, code: string, day: string, referred = false) =>
    `${iin};${name};${code};${day}.${month};;Разнорабочий;${referred ? "да" : "нет"};${referred ? "ЦЗ-2022-17" : ""};да`;
  const good = [
    row(people[0]!, "Ерлан Жұмабаев", codes[0]!, "03", true),
    row(people[1]!, "Айгуль Сатпаева", codes[1]!, "04"),
    row(people[2]!, "Асхат Омаров", codes[2]!, "05"),
  ];
  const bad = [
    `${people[3]!.slice(0, 11)}${(Number(people[3]![11]) + 1) % 10};Дана Ахметова;${codes[0]};06.${month};;;нет;;нет`,
    row(people[4]!, "Нурлан Касымов", "НЕТ-ТАКОГО", "07"),
    `${people[5]};Мария Ким;${codes[1]};31.02.2022;;;нет;;нет`,
  ];
  await imports.open();
  await imports.upload("placements.csv", [header, good[0], bad[0], good[1], bad[1], good[2], bad[2]].join("\r\n"));
  await expect(imports.status()).toHaveAttribute("data-status", "VALIDATED");
  await expect(imports.status()).toContainText(ru.imports.job.checkedErrors);
  await expect(imports.errorRows()).toHaveCount(3);
  const table = await imports.errorRows().evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));
  expect(table.map(([rowNumber, column]) => [rowNumber, column])).toEqual([["3", labels.iin], ["5", labels.projectCode], ["7", labels.hiredAt]]);
  expect(table[0]![3]).toBe(ru.placements.errors.iinChecksum);
  expect(table[1]![3]).toBe(ru.imports.errors.unknownProject.replace("{code}", "НЕТ-ТАКОГО"));
  expect(table[2]![3]).toBe(ru.errors.invalidDate);
  await expect(page.getByRole("button", { name: /Импортировать/ })).toHaveCount(0);

  // The fixed file: the three rows corrected.
  const fixed = [
    row(people[3]!, "Дана Ахметова", codes[0]!, "06"),
    row(people[4]!, "Нурлан Касымов", codes[1]!, "07"),
    row(people[5]!, "Мария Ким", codes[2]!, "08"),
  ];
  await imports.open();
  await imports.upload("placements-fixed.csv", [header, ...good, ...fixed].join("\r\n"));
  await expect(imports.status()).toContainText(ru.imports.job.checkedOk);
  await expect(imports.count(ru.imports.counts.create)).toHaveText("6");
  await page.getByRole("button", { name: ru.imports.job.confirm.replace("{count}", "6") }).click();
  await expect(imports.status()).toHaveAttribute("data-status", "COMMITTED", { timeout: 60_000 });
  await expect(imports.count(ru.imports.counts.created)).toHaveText("6");
  await expect(imports.count(ru.imports.counts.workersCreated)).toHaveText("6");

  const stored = await withDatabase(async (client) =>
    (await client.query(`SELECT count(*)::int AS n FROM "Placement" p JOIN "Worker" w ON w.id = p."workerId" WHERE w.iin = ANY($1::text[])`, [people])).rows[0].n,
  );
  expect(stored).toBe(6);
  // The list of the region's imports shows both files.
  await imports.open();
  await expect(page.getByTestId("import-jobs").getByRole("link", { name: "placements-fixed.csv" }).first()).toBeVisible();

  // The region's placements download in the same format, the imported people included, and the
  // download is in the audit log.
  const [placements] = await Promise.all([page.waitForEvent("download"), page.getByTestId("region-placements-csv").click()]);
  expect(placements.suggestedFilename()).toMatch(new RegExp(`^roadmap-placements-${akimat.regionCode}-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
  const text = (await import("node:fs")).readFileSync(await placements.path(), "utf8");
  expect(text.split("\r\n")[0]).toBe(`\ufeff${header}`);
  expect(text).toContain(`${people[0]};Ерлан Жұмабаев;${codes[0]};03.${month};;Разнорабочий;да;ЦЗ-2022-17;да\r\n`);
  const recorded = await withDatabase(async (client) =>
    (await client.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'placements.download' AND at > now() - interval '1 minute'`)).rows[0].n,
  );
  expect(recorded).toBeGreaterThanOrEqual(1);
});
