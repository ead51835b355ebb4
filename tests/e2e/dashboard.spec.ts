// Dashboards end to end: an analyst opens the overview, picks Akmola region on the map with the
// keyboard, sees its page, filters by category, and downloads the districts table as XLSX; the
// file holds the page's numbers, which equal counts taken from the database. Also: a click on
// the map drills down, the table sorts, an akimat sees its region highlighted, and axe finds no
// serious accessibility violations on the dashboard pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DashboardPages } from "./pages/DashboardPages";
import { regionCountsFromDatabase } from "./support/dashboard-database";
import { nationalFiguresFromDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

test.describe("analyst", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "ANALYST");
  });

  test("picks a region on the map, filters by category and exports what the page shows", async ({ page }) => {
    const dashboard = new DashboardPages(page);
    await page.goto("/dashboard");
    await expect(dashboard.heading()).toHaveText(ru.dashboard.overview.title);
    const national = await nationalFiguresFromDatabase();
    expect(await dashboard.valueOf(dashboard.figure("peopleEmployed"))).toBe(national.peopleEmployed);
    await expect(page.getByTestId("headline-peopleEmployed-change")).toBeVisible();

    await page.getByRole("navigation", { name: ru.dashboard.tabs.label }).getByRole("link", { name: ru.dashboard.tabs.regions }).click();
    await expect(dashboard.heading()).toHaveText(ru.dashboard.regions.title);
    const akmola = dashboard.mapRegion("11");
    await expect(akmola).toHaveAttribute("aria-label", /^Акмолинская область: Трудоустроено человек — /);
    await akmola.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard\/regions\/11$/);
    await expect(dashboard.heading()).toHaveText("Акмолинская область");
    const region = await regionCountsFromDatabase("11");
    expect(await dashboard.valueOf(dashboard.figure("peopleEmployed"))).toBe(region.get("all")!.peopleEmployed);

    await dashboard.filter({ [ru.dashboard.filters.category]: "SOCIAL" });
    await expect(page).toHaveURL(/category=SOCIAL/);
    const social = await regionCountsFromDatabase("11", "SOCIAL");
    expect(await dashboard.valueOf(dashboard.figure("peopleEmployed"))).toBe(social.get("all")!.peopleEmployed);
    expect(social.get("all")!.peopleEmployed).toBeLessThan(region.get("all")!.peopleEmployed);

    // The districts table on the page, keyed by district name.
    const onPage = new Map<string, { projects: number; people: number; referred: number }>();
    for (const row of await dashboard.placeRows("districts-table").all()) {
      const key = (await row.getAttribute("data-testid"))!.replace("place-", "");
      const name = (await row.locator("th a, th").first().innerText()).trim();
      const people = await dashboard.valueOf(dashboard.placeCell(key, "peopleEmployed"));
      onPage.set(name, { projects: await dashboard.valueOf(dashboard.placeCell(key, "projects")), people, referred: await dashboard.valueOf(dashboard.placeCell(key, "referredByEmploymentCentres")) });
      if (key !== "none") expect(people, `district ${key}`).toBe(social.get(key)?.peopleEmployed ?? 0);
    }
    expect(onPage.size).toBeGreaterThan(1);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-districts-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/^roadmap-districts-\d{4}-\d\d-\d\d\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers[0]).toBe(ru.dashboard.columns.district);
    const column = (header: string) => headers.indexOf(header) + 1;
    const inFile = new Map<string, { projects: number; people: number; referred: number }>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cell = (header: string) => row.getCell(column(header)).value as number;
      inFile.set(String(row.getCell(1).value), { projects: cell(ru.headline.projects), people: cell(ru.headline.peopleEmployed), referred: cell(ru.headline.referredByEmploymentCentres) });
      expect(typeof cell(ru.headline.peopleEmployed), "a number, not text").toBe("number");
    });
    expect(inFile).toEqual(onPage);
    const filters: unknown[][] = [];
    workbook.worksheets[1]!.eachRow((row) => filters.push((row.values as unknown[]).slice(1)));
    expect(filters).toContainEqual([ru.dashboard.filters.region, "Акмолинская область"]);
    expect(filters).toContainEqual([ru.dashboard.filters.category, ru.dashboard.category.SOCIAL]);
  });

  test("a click on the map opens the region, and the regions table sorts by a figure", async ({ page }) => {
    const dashboard = new DashboardPages(page);
    await page.goto("/dashboard/regions");
    await dashboard.mapRegion("15").locator("path").click();
    await expect(page).toHaveURL(/\/dashboard\/regions\/15$/);
    await expect(dashboard.heading()).toHaveText("Актюбинская область");

    await page.goto("/dashboard/regions");
    const header = page.locator("#regions-table thead th").nth(2);
    await header.getByRole("link").first().click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const values: number[] = [];
    for (const row of await dashboard.placeRows("regions-table").all()) {
      values.push(Number(await row.locator("td").nth(1).getAttribute("data-value")));
    }
    expect(values).toHaveLength(20);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});

test("an akimat sees its region highlighted on the map and in the table", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  await page.goto("/dashboard/regions");
  await expect(page.locator("#map-KZ-11")).toHaveAttribute("aria-label", new RegExp(ru.map.yourRegion));
  await expect(page.getByTestId("place-11")).toContainText(ru.dashboard.regions.yourRegion);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the dashboard pages have no serious accessibility violations", async ({ page }) => {
  // Six full pages, each scanned by axe: about 35 s on a quiet machine, so twice the usual limit.
  test.setTimeout(120_000);
  await signInAs(page, "ANALYST");
  await page.goto("/dashboard/regions/11");
  const district = await page.locator("#districts-table tbody th a").first().getAttribute("href");
  for (const path of ["/dashboard", "/dashboard/regions", "/dashboard/regions/11", district!, "/dashboard/trends", "/dashboard/quality"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The charts' tables too: open every "show as table".
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    if (path === "/dashboard/trends") {
      await expect(page.getByTestId("trend-people-table")).toBeVisible();
      await expect(page.getByTestId("trend-working-table")).toBeVisible();
    }
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("in Kazakh the dashboard speaks Kazakh and stays accessible", async ({ page, baseURL }) => {
  await signInAs(page, "ANALYST");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "kk", url: baseURL! }]);
  await page.goto("/dashboard/regions");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Өңірлердің көрсеткіштері");
  await expect(page.locator("#map-KZ-11")).toHaveAttribute("aria-label", /^Ақмола облысы: /);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a deputy downloads a table as CSV for Russian Excel", async ({ page }) => {
  await signInAs(page, "DEPUTY");
  const response = await page.request.get("/dashboard/export/regions?format=csv");
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]!.split(";").slice(0, 3)).toEqual([ru.dashboard.columns.code, ru.dashboard.columns.region, ru.headline.projects]);
  expect(lines).toHaveLength(22);
  expect((await page.request.get("/dashboard/export/lateReports?format=csv")).status()).toBe(403);
});
