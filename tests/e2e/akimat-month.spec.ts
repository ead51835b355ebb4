// The whole month of an akimat in one story: Akmola's akimat creates a project, adds two
// workers through the form (one young, one referred), imports a file with three bad rows and sees
// exactly those rows, fixes and imports it, checks the month's computed figures against the
// database and submits December 2021; an analyst, in another browser, returns it with a reason;
// the akimat reads the reason, ends a placement (the month is open again) and resubmits; the
// analyst approves; the akimat's report shows the month approved and locked.
// Every demo Akmola month is submitted or approved, so the story reopens December 2021 (the last
// reporting month) as a draft first and puts the report back as it was at the end, for the
// specs that run after this one against the same database.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { makeIin } from "@/lib/iin";
import { ImportPages } from "./pages/ImportPages";
import { ProjectFormPage, ProjectPage } from "./pages/ProjectPages";
import { ProjectPlacements } from "./pages/ProjectPlacements";
import { ReportPage } from "./pages/ReportPages";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const akimat = DEMO_ACCOUNTS.find((account) => account.role === "AKIMAT")!;
const REGION = akimat.regionCode!; // "11", Akmola region
const MONTH = "2021-12";
const t = ru.reports;
const columns = ru.imports.columns.PLACEMENTS;

const code = `E2E-M-${Date.now().toString(36).toUpperCase()}`;
const projectName = "Реконструкция водопровода, с. Шортанды (e2e)";
const YOUNG = "Жумабеков Арман Серикович";
const REFERRED = "Сергеева Наталья Ивановна";

type ReportSnapshot = Record<string, unknown> & { regionId: number };
let savedReport: ReportSnapshot | null = null;
let regionId = 0;

/** Unused, valid IINs for the given births (random serials, so reruns do not collide). */
async function freshIins(births: ReadonlyArray<{ y: number; m: number; d: number; sex: "MALE" | "FEMALE" }>): Promise<string[]> {
  return withDatabase(async (client) => {
    const iins: string[] = [];
    for (const born of births) {
      for (;;) {
        const iin = makeIin(born, born.sex, Math.floor(Math.random() * 10_000));
        if (!iin || iins.includes(iin)) continue;
        if ((await client.query(`SELECT 1 FROM "Worker" WHERE iin = $1`, [iin])).rowCount === 0) {
          iins.push(iin);
          break;
        }
      }
    }
    return iins;
  });
}

/** The month's figures counted with plain SQL, independently of lib/reports/figures-sql.ts. */
async function monthFiguresFromDatabase() {
  return withDatabase(async (client) => {
    const scope = `FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId" WHERE p."regionId" = $1`;
    const inMonth = `${scope} AND pl."hiredAt" >= '2021-12-01' AND pl."hiredAt" < '2022-01-01'`;
    const upToMonth = `${scope} AND pl."hiredAt" < '2022-01-01'`;
    const one = async (sql: string) => Number((await client.query(sql, [regionId])).rows[0].n);
    return {
      hires: await one(`SELECT count(*) AS n ${inMonth}`),
      hiresReferred: await one(`SELECT count(*) AS n ${inMonth} AND pl."referredByEmploymentCentre"`),
      hiresYouth: await one(`SELECT count(*) AS n ${inMonth} AND pl."youthAtHiring"`),
      peopleEmployed: await one(`SELECT count(DISTINCT pl."workerId") AS n ${upToMonth}`),
      referred: await one(`SELECT count(DISTINCT pl."workerId") AS n ${upToMonth} AND pl."referredByEmploymentCentre"`),
      youth: await one(`SELECT count(DISTINCT pl."workerId") AS n ${upToMonth} AND pl."youthAtHiring"`),
    };
  });
}

async function reportRow() {
  return withDatabase(async (client) =>
    (await client.query(`SELECT status, "adjacentIndustryJobs", "reviewComment", figures FROM "MonthlyReport" WHERE "regionId" = $1 AND month = $2`, [regionId, `${MONTH}-01`])).rows[0] as {
      status: string; adjacentIndustryJobs: number; reviewComment: string | null; figures: { figures: Record<string, number> } | null;
    },
  );
}

const REPORT_COLUMNS = ["status", "adjacentIndustryJobs", "comment", "reviewComment", "figures", "submittedAt", "submittedById", "reviewedAt", "reviewedById"];

test.beforeAll(async () => {
  await withDatabase(async (client) => {
    regionId = (await client.query<{ id: number }>(`SELECT id FROM "Region" WHERE code = $1`, [REGION])).rows[0]!.id;
    const { rows } = await client.query(
      `SELECT "regionId", ${REPORT_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "MonthlyReport" WHERE "regionId" = $1 AND month = $2`,
      [regionId, `${MONTH}-01`],
    );
    savedReport = (rows[0] as ReportSnapshot | undefined) ?? null;
    await client.query(
      `INSERT INTO "MonthlyReport" ("regionId", month, status, "adjacentIndustryJobs", "updatedAt") VALUES ($1, $2, 'DRAFT', 0, now())
       ON CONFLICT ("regionId", month) DO UPDATE SET status = 'DRAFT', comment = NULL, "reviewComment" = NULL, figures = NULL,
         "submittedAt" = NULL, "submittedById" = NULL, "reviewedAt" = NULL, "reviewedById" = NULL, "updatedAt" = now()`,
      [regionId, `${MONTH}-01`],
    );
  });
});

test.afterAll(async () => {
  // The demo report as it was (the specs after this one set up their own state from it).
  await withDatabase(async (client) => {
    if (!savedReport) {
      await client.query(`DELETE FROM "MonthlyReport" WHERE "regionId" = $1 AND month = $2`, [regionId, `${MONTH}-01`]);
      return;
    }
    const values = REPORT_COLUMNS.map((c) => (c === "figures" && savedReport![c] != null ? JSON.stringify(savedReport![c]) : savedReport![c]));
    await client.query(
      `UPDATE "MonthlyReport" SET ${REPORT_COLUMNS.map((c, i) => `"${c}" = $${i + 3}`).join(", ")}, "updatedAt" = now()
       WHERE "regionId" = $1 AND month = $2`,
      [regionId, `${MONTH}-01`, ...values],
    );
  });
});

async function signedInContext(browser: Browser, role: "AKIMAT" | "ANALYST"): Promise<Page> {
  const context = await browser.newContext({ locale: "ru-RU", timezoneId: "Asia/Almaty" });
  const page = await context.newPage();
  await signInAs(page, role);
  return page;
}

test("an akimat's month: project, workers, import, report submitted, returned, resubmitted, approved", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await signedInContext(browser, "AKIMAT");
  const [youngIin, referredIin, ...fileIins] = await freshIins([
    { y: 2000, m: 4, d: 12, sex: "MALE" },
    { y: 1979, m: 9, d: 23, sex: "FEMALE" },
    { y: 1998, m: 1, d: 30, sex: "MALE" }, // imported, young and referred
    { y: 1982, m: 6, d: 2, sex: "FEMALE" }, // 39 when hired: not youth (14–35)
    { y: 1975, m: 3, d: 14, sex: "MALE" }, // the bad check digit, then fixed
    { y: 1978, m: 7, d: 7, sex: "FEMALE" }, // referred without a number, then fixed
    { y: 1983, m: 11, d: 19, sex: "MALE" }, // unknown project code, then fixed
  ]);
  let projectId = 0;
  const previousAdjacent = await withDatabase(async (client) =>
    Number((await client.query(`SELECT "adjacentIndustryJobs" AS n FROM "MonthlyReport" WHERE "regionId" = $1 AND month = '2021-11-01'`, [regionId])).rows[0]?.n ?? 0),
  );

  await test.step("the akimat creates an in-progress project of programme year 2021", async () => {
    await page.goto("/projects");
    await page.getByRole("link", { name: ru.projects.registry.newProject }).click();
    const form = new ProjectFormPage(page);
    await form.field("code").fill(code);
    await form.field("name").fill(projectName);
    await form.field("programmeYear").fill("2021");
    await form.field("category").selectOption("SOCIAL");
    await form.field("workType").selectOption("CAPITAL_REPAIR");
    await form.field("status").selectOption("IN_PROGRESS");
    await form.field("settlement").fill("с. Шортанды");
    await form.field("plannedStart").fill("2021-11-15");
    await form.field("plannedEnd").fill("2022-06-30");
    await form.field("actualStart").fill("2021-12-01");
    await form.field("plannedTemporaryJobs").fill("25");
    await form.create();
    await expect(page.getByRole("status").filter({ hasText: ru.projects.page.saved.created })).toBeVisible();
    const project = new ProjectPage(page);
    await expect(project.title()).toHaveText(projectName);
    projectId = project.idFromUrl();
    const stored = await withDatabase(async (client) =>
      (await client.query(`SELECT status, "programmeYear", to_char("actualStart", 'YYYY-MM-DD') AS start, "regionId" FROM "Project" WHERE id = $1`, [projectId])).rows[0],
    );
    expect(stored).toEqual({ status: "IN_PROGRESS", programmeYear: 2021, start: "2021-12-01", regionId });
  });

  const section = new ProjectPlacements(page);
  await test.step("the akimat adds a young worker and a referred one, hired in December 2021", async () => {
    await section.open(projectId);
    await expect(section.count("people")).toHaveText("0");
    await section.field("iin").fill(youngIin!);
    await expect(section.preview()).toContainText("12.04.2000");
    await section.field("hiredAt").fill("2021-12-06");
    await expect(section.preview()).toContainText(ru.placements.preview.youth);
    await section.field("fullName").fill(YOUNG);
    await section.field("position").fill("Монтажник");
    await section.submit();
    await expect(section.status()).toHaveText(ru.placements.messages.added);
    await expect(section.count("youthPeople")).toHaveText("1");

    await section.field("iin").fill(referredIin!);
    await section.field("fullName").fill(REFERRED);
    await section.field("hiredAt").fill("2021-12-07");
    await expect(section.preview()).toContainText(ru.placements.preview.notYouth);
    await section.field("referredByEmploymentCentre").check();
    await section.field("referralNumber").fill("ЦЗН-2021/1207");
    await section.submit();
    await expect(section.status()).toHaveText(ru.placements.messages.added);
    await expect(section.count("people")).toHaveText("2");
    await expect(section.count("referredPeople")).toHaveText("1");
    await expect(section.count("youthPeople")).toHaveText("1");
  });

  await test.step("the akimat imports a file: three bad rows shown, then the fixed file imported", async () => {
    const imports = new ImportPages(page);
    const header = [columns.iin, columns.fullName, columns.projectCode, columns.hiredAt, columns.endedAt, columns.position,
      columns.referredByEmploymentCentre, columns.referralNumber, columns.unemployedBeforeHiring].join(";");
    const row = (iin: string, name: string, projectCode: string, day: string, referral: string | null = null) =>
      `${iin};${name};${projectCode};${day}.12.2021;;Разнорабочий;${referral === null ? "нет" : "да"};${referral ?? ""};да`;
    const [young, plain, checksum, noNumber, otherCode] = fileIins as [string, string, string, string, string];
    const good = [row(young, "Омаров Данияр Асканович", code, "08", "ЦЗН-2021/1208"), row(plain, "Ким Елена Борисовна", code, "09")];
    const wrongCheckDigit = checksum.slice(0, 11) + String((Number(checksum[11]) + 1) % 10);
    const bad = [
      row(wrongCheckDigit, "Ахметов Нурлан Болатович", code, "10"),
      row(noNumber, "Исаева Гульнара Маратовна", code, "13", ""),
      row(otherCode, "Петров Сергей Викторович", "НЕТ-ТАКОГО-ПРОЕКТА", "14"),
    ];
    await imports.open();
    await imports.upload("akmola-december.csv", [header, good[0], bad[0], good[1], bad[1], bad[2]].join("\r\n"));
    await expect(imports.status()).toHaveAttribute("data-status", "VALIDATED");
    await expect(imports.status()).toContainText(ru.imports.job.checkedErrors);
    await expect(imports.errorRows()).toHaveCount(3);
    const table = await imports.errorRows().evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));
    expect(table.map(([rowNumber, column, , message]) => [rowNumber, column, message])).toEqual([
      ["3", columns.iin, ru.placements.errors.iinChecksum],
      ["5", columns.referralNumber, ru.placements.errors.referralNumberRequired],
      ["6", columns.projectCode, ru.imports.errors.unknownProject.replace("{code}", "НЕТ-ТАКОГО-ПРОЕКТА")],
    ]);
    await expect(page.getByRole("button", { name: /Импортировать/ })).toHaveCount(0);

    const fixed = [
      row(checksum, "Ахметов Нурлан Болатович", code, "10"),
      row(noNumber, "Исаева Гульнара Маратовна", code, "13", "ЦЗН-2021/1213"),
      row(otherCode, "Петров Сергей Викторович", code, "14"),
    ];
    await imports.open();
    await imports.upload("akmola-december-fixed.csv", [header, ...good, ...fixed].join("\r\n"));
    await expect(imports.status()).toContainText(ru.imports.job.checkedOk);
    await expect(imports.count(ru.imports.counts.create)).toHaveText("5");
    await page.getByRole("button", { name: ru.imports.job.confirm.replace("{count}", "5") }).click();
    await expect(imports.status()).toHaveAttribute("data-status", "COMMITTED", { timeout: 60_000 });
    await expect(imports.count(ru.imports.counts.created)).toHaveText("5");
    await expect(imports.count(ru.imports.counts.workersCreated)).toHaveText("5");

    await section.open(projectId);
    await expect(section.count("people")).toHaveText("7");
    await expect(section.count("referredPeople")).toHaveText("3");
    await expect(section.count("youthPeople")).toHaveText("2");
  });

  const report = new ReportPage(page);
  await test.step("the akimat checks December's figures against the database and submits", async () => {
    const mine = await withDatabase(async (client) =>
      (await client.query(`SELECT count(*)::int AS n FROM "Placement" WHERE "projectId" = $1 AND "hiredAt" BETWEEN '2021-12-01' AND '2021-12-31'`, [projectId])).rows[0].n,
    );
    expect(mine).toBe(7);
    await report.open(REGION, MONTH);
    await expect(report.status()).toContainText(t.status.DRAFT);
    const expected = await monthFiguresFromDatabase();
    expect(expected.hires).toBeGreaterThanOrEqual(7);
    for (const [key, value] of Object.entries(expected)) {
      await expect(report.figure(key), key).toHaveAttribute("data-value", String(value));
    }
    await report.submit(previousAdjacent + 12, "Данные за декабрь сверены с центрами занятости.");
    await expect(report.done()).toHaveText(t.done.submitted);
    await expect(report.status()).toContainText(t.status.SUBMITTED);
    await expect(page.getByTestId("month-locked")).toHaveText(t.report.lockedSubmitted);
    const submitted = await reportRow();
    expect(submitted).toMatchObject({ status: "SUBMITTED", adjacentIndustryJobs: previousAdjacent + 12 });
    expect(submitted.figures!.figures).toMatchObject(expected);
  });

  const reason = `Проверьте даты работы по проекту ${code}: часть работников уже завершила работу.`;
  const analyst = await signedInContext(browser, "ANALYST");
  const review = new ReportPage(analyst);
  await test.step("the analyst, in another browser, returns the report with a reason", async () => {
    await review.open(REGION, MONTH);
    await expect(review.status()).toContainText(t.status.SUBMITTED);
    await review.returnWith(reason);
    await expect(review.done()).toHaveText(t.done.returned);
    await expect(review.status()).toContainText(t.status.RETURNED);
    expect(await reportRow()).toMatchObject({ status: "RETURNED", reviewComment: reason });
  });

  await test.step("the akimat reads the reason, ends a placement in the reopened month and resubmits", async () => {
    await report.open(REGION, MONTH);
    await expect(report.returnComment()).toContainText(t.returned.title);
    await expect(report.returnComment()).toContainText(reason);

    await section.open(projectId);
    await section.end(YOUNG, "2021-12-28");
    await expect(section.row(YOUNG).getByRole("button", { name: ru.placements.end.submit })).toHaveCount(0);
    await expect(section.row(YOUNG)).toContainText("28.12.2021");
    const ended = await withDatabase(async (client) =>
      (await client.query(`SELECT to_char(p."endedAt", 'YYYY-MM-DD') AS day FROM "Placement" p JOIN "Worker" w ON w.id = p."workerId" WHERE w.iin = $1`, [youngIin])).rows[0].day,
    );
    expect(ended).toBe("2021-12-28");

    await report.open(REGION, MONTH);
    await expect(report.submitForm()).toBeVisible();
    await report.submit(previousAdjacent + 14, "Даты окончания работы уточнены.");
    await expect(report.done()).toHaveText(t.done.submitted);
    await expect(report.status()).toContainText(t.status.SUBMITTED);
  });

  await test.step("the analyst approves", async () => {
    await review.open(REGION, MONTH);
    await review.approve();
    await expect(review.done()).toHaveText(t.done.approved);
    await expect(review.status()).toContainText(t.status.APPROVED);
    const history = analyst.getByTestId("report-history").locator("li");
    await expect(history.nth(0)).toHaveAttribute("data-action", "approve");
    await expect(history.nth(1)).toHaveAttribute("data-action", "submit");
    await expect(history.nth(2)).toHaveAttribute("data-action", "return");
    await expect(history.nth(2)).toContainText(reason);
  });

  await test.step("the akimat's report shows the month approved and locked", async () => {
    await report.open(REGION, MONTH);
    await expect(report.status()).toContainText(t.status.APPROVED);
    await expect(report.submitForm()).toHaveCount(0);
    await expect(page.getByTestId("month-locked")).toHaveText(t.report.lockedApproved);
    expect(await reportRow()).toMatchObject({ status: "APPROVED", adjacentIndustryJobs: previousAdjacent + 14, reviewComment: null });
  });

  await analyst.context().close();
  await page.context().close();
});
