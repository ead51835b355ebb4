// The monthly report: an akimat of Akmola region opens its December 2021 report (a
// draft, past its deadline of 10 January 2022), sees how late it is, checks the computed figures
// and submits; an analyst sees it submitted and returns it with a reason; the akimat sees the
// reason and resubmits; the analyst approves; the akimat can no longer change that month, asks to
// reopen it, the analyst reopens it, and the resubmission is kept as a third version.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { deadlineStanding } from "@/lib/reports/deadline";
import type { MonthKey } from "@/lib/reports/period";
import { ReportPage, ReportsListPage } from "./pages/ReportPages";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const REGION = "11"; // Akmola region, the demo akimat account's region
const MONTH = "2021-12";
const t = ru.reports;
/** A number as the Russian pages print it ("1 782", with a no-break space). */
const ruNumber = (value: number) => new Intl.NumberFormat("ru").format(value);

test.describe.configure({ mode: "serial" });

async function switchTo(page: Page, role: "AKIMAT" | "ANALYST" | "DEPUTY") {
  await page.context().clearCookies();
  await signInAs(page, role);
}

async function reportRow() {
  return withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT r.status, r."adjacentIndustryJobs", r."reviewComment", r.figures FROM "MonthlyReport" r
       JOIN "Region" g ON g.id = r."regionId" WHERE g.code = $1 AND r.month = $2`,
      [REGION, `${MONTH}-01`],
    );
    return rows[0] as { status: string; adjacentIndustryJobs: number; reviewComment: string | null; figures: { figures: Record<string, number> } | null } | undefined;
  });
}

let previousAdjacent = 0;

test.beforeAll(async () => {
  // The demo data leaves Akmola's December 2021 report submitted; the story starts from a draft.
  previousAdjacent = await withDatabase(async (client) => {
    const { rows: [region] } = await client.query(`SELECT id FROM "Region" WHERE code = $1`, [REGION]);
    await client.query(
      `INSERT INTO "MonthlyReport" ("regionId", month, status, "adjacentIndustryJobs", "updatedAt") VALUES ($1, $2, 'DRAFT', 0, now())
       ON CONFLICT ("regionId", month) DO UPDATE SET status = 'DRAFT', comment = NULL, "reviewComment" = NULL, figures = NULL,
         "submittedAt" = NULL, "submittedById" = NULL, "reviewedAt" = NULL, "reviewedById" = NULL, "updatedAt" = now()`,
      [region.id, `${MONTH}-01`],
    );
    await client.query(`DELETE FROM "ReportVersion" WHERE "reportId" IN (SELECT id FROM "MonthlyReport" WHERE "regionId" = $1 AND month = $2)`, [region.id, `${MONTH}-01`]);
    await client.query(`DELETE FROM "ReopenRequest" WHERE "reportId" IN (SELECT id FROM "MonthlyReport" WHERE "regionId" = $1 AND month = $2)`, [region.id, `${MONTH}-01`]);
    const { rows } = await client.query(`SELECT "adjacentIndustryJobs" AS n FROM "MonthlyReport" WHERE "regionId" = $1 AND month = '2021-11-01'`, [region.id]);
    return Number(rows[0]?.n ?? 0);
  });
});

test("an akimat submits a late month; the analyst returns it; the akimat resubmits; the analyst approves", async ({ page }) => {
  const list = new ReportsListPage(page);
  const report = new ReportPage(page);
  const daysLate = deadlineStanding(MONTH as MonthKey, new Date()).daysLate;
  expect(daysLate, "December 2021 is past its deadline").toBeGreaterThan(0);

  // The akimat's list: December is a draft, late by the days since 10 January 2022.
  await switchTo(page, "AKIMAT");
  await list.open();
  const row = list.ownRow(MONTH);
  await expect(row).toHaveAttribute("data-status", "DRAFT");
  await expect(row).toContainText(t.status.DRAFT);
  await expect(row.getByTestId("deadline-text")).toContainText(new RegExp(`просрочен на ${ruNumber(daysLate!)} (день|дня|дней)`));

  // The report page: computed figures, equal to an independent count; the form.
  await report.open(REGION, MONTH);
  await expect(report.status()).toContainText(t.status.DRAFT);
  await expect(report.deadlineText()).toContainText(`просрочен на ${ruNumber(daysLate!)}`);
  const people = await withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT count(DISTINCT pl."workerId")::int AS n FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId"
       JOIN "Region" g ON g.id = p."regionId" WHERE g.code = $1 AND pl."hiredAt" <= '2021-12-31'`,
      [REGION],
    );
    return rows[0].n as number;
  });
  expect(await report.figureValue("peopleEmployed")).toBe(people);
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);

  await report.submit(previousAdjacent + 25, "Данные сверены с центрами занятости.");
  await expect(report.done()).toHaveText(t.done.submitted);
  await expect(report.status()).toContainText(t.status.SUBMITTED);
  await expect(report.submitForm()).toHaveCount(0);
  await expect(page.getByTestId("month-locked")).toHaveText(t.report.lockedSubmitted);
  const submitted = await reportRow();
  expect(submitted).toMatchObject({ status: "SUBMITTED", adjacentIndustryJobs: previousAdjacent + 25 });
  expect(submitted!.figures!.figures.peopleEmployed).toBe(people);

  // The analyst sees it submitted in the regions × months table and returns it with a reason.
  await switchTo(page, "ANALYST");
  await list.open(2021);
  const cell = list.matrixCell(REGION, MONTH);
  await expect(cell).toHaveAttribute("data-status", "SUBMITTED");
  await expect(cell).toContainText(t.statusShort.SUBMITTED);
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);
  await cell.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/reports/${REGION}/${MONTH}$`));
  await expect(report.figure("peopleEmployed", "frozen")).toHaveAttribute("data-value", String(people));

  await report.returnWith("");
  await expect(page.locator("#reviewComment-errors")).toHaveText(t.errors.returnCommentRequired);
  expect((await reportRow())!.status).toBe("SUBMITTED");
  const reason = "Уточните число направленных центрами занятости по Целиноградскому району.";
  await report.returnWith(reason);
  await expect(report.done()).toHaveText(t.done.returned);
  await expect(report.status()).toContainText(t.status.RETURNED);

  // The akimat sees why, and resubmits.
  await switchTo(page, "AKIMAT");
  await report.open(REGION, MONTH);
  await expect(report.returnComment()).toContainText(reason);
  await expect(report.returnComment()).toContainText(t.returned.title);
  await expect(report.submitForm()).toBeVisible();
  await report.submit(previousAdjacent + 30, "Число направленных уточнено.");
  await expect(report.done()).toHaveText(t.done.submitted);

  // The analyst approves.
  await switchTo(page, "ANALYST");
  await report.open(REGION, MONTH);
  await report.approve();
  await expect(report.done()).toHaveText(t.done.approved);
  await expect(report.status()).toContainText(t.status.APPROVED);
  const history = page.getByTestId("report-history").locator("li");
  await expect(history.first()).toHaveAttribute("data-action", "approve");
  await expect(history.nth(1)).toHaveAttribute("data-action", "submit");
  await expect(history.nth(2)).toHaveAttribute("data-action", "return");
  await expect(history.nth(2)).toContainText(reason);

  // The akimat can no longer edit the month.
  await switchTo(page, "AKIMAT");
  await report.open(REGION, MONTH);
  await expect(report.status()).toContainText(t.status.APPROVED);
  await expect(report.submitForm()).toHaveCount(0);
  await expect(page.getByTestId("month-locked")).toHaveText(t.report.lockedApproved);
  expect(await reportRow()).toMatchObject({ status: "APPROVED", adjacentIndustryJobs: previousAdjacent + 30, reviewComment: null });
});

test("the akimat asks to reopen the approved month; the analyst reopens it; the resubmission is kept as a new version", async ({ page }) => {
  const report = new ReportPage(page);
  const reason = "Не учтены рабочие места в смежных отраслях по Бурабайскому району.";
  await switchTo(page, "AKIMAT");
  await report.open(REGION, MONTH);
  const requestForm = page.getByTestId("reopen-request-form");
  await requestForm.getByRole("button", { name: t.reopen.request }).click();
  await expect(page.locator("#reason-errors")).toHaveText(t.errors.reasonRequired);
  await requestForm.getByLabel(t.reopen.reasonLabel).fill(reason);
  await requestForm.getByRole("button", { name: t.reopen.request }).click();
  await expect(report.done()).toHaveText(t.done.reopenRequested);
  await expect(page.getByTestId("reopen-requests").locator("li")).toHaveAttribute("data-status", "PENDING");
  await expect(page.getByTestId("reopen-request-form")).toHaveCount(0);
  await expect(report.status()).toContainText(t.status.APPROVED);

  await switchTo(page, "ANALYST");
  await report.open(REGION, MONTH);
  await expect(page.getByTestId("reopen-requests")).toContainText(reason);
  await page.getByTestId("reopen-decision-form").getByRole("button", { name: t.reopen.approve }).click();
  await expect(report.done()).toHaveText(t.done.reopened);
  await expect(report.status()).toContainText(t.status.RETURNED);
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);

  await switchTo(page, "AKIMAT");
  await report.open(REGION, MONTH);
  await expect(report.returnComment()).toContainText(reason);
  await report.submit(previousAdjacent + 45, "Добавлены рабочие места в смежных отраслях.");
  await expect(report.done()).toHaveText(t.done.submitted);
  const versions = page.getByTestId("report-versions").locator(":scope > li");
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(2).locator('[data-figure="adjacentIndustryJobs"]')).toContainText(`${ruNumber(previousAdjacent + 30)} → ${ruNumber(previousAdjacent + 45)}`);
  await expect(page.getByTestId("report-history").locator("li").nth(1)).toHaveAttribute("data-action", "reopen");
});

test("a deputy has no monthly reports", async ({ page }) => {
  await switchTo(page, "DEPUTY");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.auth.forbiddenTitle);
  await page.goto(`/reports/${REGION}/${MONTH}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.auth.forbiddenTitle);
});

test("the checks page lists an akimat's own region only", async ({ page }) => {
  await switchTo(page, "AKIMAT");
  await page.goto("/checks");
  await expect(page.getByTestId("check-counts").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("check-counts").locator(`tr[data-region="${REGION}"]`)).toBeVisible();
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);
});
