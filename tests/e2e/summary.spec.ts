// Summary report and inquiries: an analyst publishes a snapshot, registers a deputies' inquiry,
// fills the answer from the snapshot in Kazakh, edits and saves it, and downloads the PDF. The
// PDF's text (read with pdfjs-dist) holds the snapshot's figures and the Kazakh letters, in an
// embedded font. Once the answer is sent, the deputy linked to the inquiry reads it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { InquiryPages, SnapshotsPage, SummaryReportPage } from "./pages/SummaryPages";
import { withDatabase } from "./support/database";
import { KAZAKH_LETTERS, readPdf } from "./support/pdf";
import { signInAs } from "./support/sign-in";

const deputyName = DEMO_ACCOUNTS.find((account) => account.role === "DEPUTY")!.name;
// Numbers as Kazakh text shows them, with white space as readPdf gives it.
const kk = (value: number) => new Intl.NumberFormat("kk").format(value).replace(/\s/g, " ");

type FrozenNational = { projects: number; peopleEmployed: number; referred: number; youthReferred: number; commissioned: number; permanentJobs: number };

async function frozenFigures(snapshotId: number): Promise<FrozenNational> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ national: FrozenNational }>(`SELECT figures->'national' AS national FROM "Snapshot" WHERE id = $1`, [snapshotId]);
    return rows[0]!.national;
  });
}

test("an analyst publishes a snapshot, answers an inquiry from it in Kazakh and downloads the PDF; the deputy reads the sent answer", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, "ANALYST");
  const stamp = Date.now().toString(36);

  // 1. Publish a snapshot: the report opens "as of" it, with the frozen figures.
  const snapshots = new SnapshotsPage(page);
  await snapshots.open();
  const snapshotId = await snapshots.publish(`E2E ${stamp}`);
  await expect(page.getByRole("status")).toContainText(`E2E ${stamp}`);
  const frozen = await frozenFigures(snapshotId);
  expect(frozen.peopleEmployed, "the database under test holds demo data").toBeGreaterThan(0);
  const report = new SummaryReportPage(page);
  for (const key of ["projects", "peopleEmployed", "referred", "youthReferred", "commissioned", "permanentJobs"] as const) {
    expect(await report.valueOf(key), key).toBe(frozen[key]);
  }
  await expect(page.getByTestId("summary-narrative")).toContainText("По состоянию на");

  // The summary PDF of the same snapshot carries the same figures.
  const summaryPdf = await page.request.get(`/summary/pdf?snapshot=${snapshotId}&lang=kk`);
  expect(summaryPdf.headers()["content-type"]).toBe("application/pdf");
  const summaryText = await readPdf(await summaryPdf.body());
  expect(summaryText.text).toContain(`Жұмысқа орналасқан адамдар ${kk(frozen.peopleEmployed)}`);

  // 2. Register the incoming inquiry, linking the demo deputy.
  const inquiries = new InquiryPages(page);
  const number = `ДЗ-${(Date.now() % 900_000) + 100_000}`;
  await inquiries.register({
    number,
    receivedOn: "2020-09-30",
    dueOn: "2020-10-15",
    authors: "Депутаты Мажилиса Парламента Республики Казахстан",
    faction: "Фракция партии «Nur Otan»",
    subject: "О продолжении реализации Дорожной карты занятости в 2021 году",
    deputy: deputyName,
  });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Запрос № ${number}`);

  // 3. Fill the answer from the snapshot in Kazakh, edit it, save the draft.
  await inquiries.fillFromSnapshot(snapshotId, "Қазақ тілі");
  await expect(inquiries.answerText()).toHaveValue(/^Құрметті депутаттар!/);
  await expect(inquiries.answerText()).toHaveValue(/адам жұмысқа орналастырылды/);
  const generated = await inquiries.answerText().inputValue();
  const edited = `${generated}\n\nЖұмыс Үкіметтің ерекше бақылауында. ${KAZAKH_LETTERS.join("")}`;
  await inquiries.answerText().fill(edited);
  await page.getByRole("button", { name: "Сохранить черновик" }).click();
  await expect(page.getByRole("status")).toHaveText("Черновик ответа сохранён.");
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "DRAFTING");

  // 4. Download the PDF: the text, the snapshot's figures, the Kazakh letters, the embedded font.
  const { bytes, download } = await inquiries.download("Скачать PDF");
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const pdf = await readPdf(bytes);
  expect(pdf.text).toContain("Құрметті депутаттар!");
  expect(pdf.text).toContain("Жұмыс Үкіметтің ерекше бақылауында.");
  for (const letter of KAZAKH_LETTERS) expect(pdf.text, letter).toContain(letter);
  expect(pdf.text).toContain(`Іске асырылып жатқан жобалар ${kk(frozen.projects)}`);
  expect(pdf.text).toContain(`Жұмысқа орналасқан адамдар ${kk(frozen.peopleEmployed)}`);
  expect(pdf.text).toContain(`Оның ішінде жұмыспен қамту орталықтарының жолдамасы бойынша ${kk(frozen.referred)}`);
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) expect(font, font.name).toMatchObject({ embedded: true, name: expect.stringContaining("NotoSans") });

  const docx = await inquiries.download("Скачать DOCX");
  expect(docx.download.suggestedFilename()).toBe(`${number}.docx`);
  expect(docx.bytes.byteLength).toBeGreaterThan(1000);

  // 5. Before it is sent the deputy sees the inquiry but not the draft; after, the answer.
  const deputyContext = await browser.newContext();
  const deputy = await deputyContext.newPage();
  await signInAs(deputy, "DEPUTY");
  await deputy.goto("/inquiries");
  await deputy.getByRole("link", { name: number }).click();
  await expect(deputy.getByTestId("answer-not-yet")).toBeVisible();
  expect((await deputy.request.get(`${new URL(page.url()).pathname}/pdf`)).status()).toBe(404);

  await page.getByRole("button", { name: "Отметить как направленный" }).click();
  await expect(page.getByTestId("inquiry-status")).toHaveAttribute("data-status", "SENT");
  await expect(page.getByTestId("answer-text")).toContainText("Жұмыс Үкіметтің ерекше бақылауында.");

  await deputy.reload();
  await expect(deputy.getByTestId("answer-text")).toContainText("Құрметті депутаттар!");
  await expect(deputy.getByTestId("answer-text")).toHaveAttribute("lang", "kk");
  expect((await deputy.request.get(`${new URL(page.url()).pathname}/pdf`)).status()).toBe(200);
  // Deputies read reports and snapshots but may not publish one.
  await deputy.goto("/summary/snapshots");
  await expect(deputy.getByRole("link", { name: `E2E ${stamp}` })).toBeVisible();
  await expect(deputy.getByRole("button", { name: "Опубликовать снимок" })).toHaveCount(0);
  await deputyContext.close();
});

// The summary report, the snapshots page and the inquiries pages in each language pass axe's
// WCAG 2.1 A/AA checks (serious and critical findings).
for (const [language, cookie] of [["Russian", "ru"], ["Kazakh", "kk"], ["English", "en"]] as const) {
  test(`the summary and inquiry pages have no serious accessibility problems, in ${language}`, async ({ page, context, baseURL }) => {
    // Several full pages, each scanned by axe: about 30 s on a quiet machine, so twice the usual limit.
    test.setTimeout(120_000);
    await context.addCookies([{ name: "NEXT_LOCALE", value: cookie, url: baseURL! }]);
    await signInAs(page, "ANALYST");
    await page.goto("/inquiries");
    const firstInquiry = await page.getByTestId("inquiries-register").getByRole("link").first().getAttribute("href").catch(() => null);
    for (const path of ["/summary", "/summary/snapshots", "/inquiries", "/inquiries/new", ...(firstInquiry ? [firstInquiry] : [])]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", cookie);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    }
  });
}

test("a deputy reads the summary as of the end of September 2020 and finds the letter's figures, counted from the records' dates", async ({ page }) => {
  await signInAs(page, "DEPUTY");
  await page.goto("/summary");
  // Live, the summary names the people working during the programme's last month (December 2021
  // in the demo; later if an earlier test added a project of a later programme year).
  const lastMonth = await withDatabase(async (client) => {
    // The series' last month, as lib/summary/series-sql.ts bounds it.
    const { rows } = await client.query(`
      WITH last AS (
        SELECT least(greatest(date '2020-04-01', (SELECT max(month) FROM "RegionMonth")), summary_month(programme_last_day())) AS m)
      SELECT count(DISTINCT p."workerId")::int AS working, extract(year FROM last.m)::int AS year
        FROM last JOIN "Placement" p ON p."hiredAt" < last.m + interval '1 month' AND coalesce(p."endedAt", last.m) >= last.m
       GROUP BY last.m`);
    return rows[0] as { working: number; year: number };
  });
  expect(await new SummaryReportPage(page).valueOf("peopleWorking")).toBe(lastMonth.working);
  await expect(page.getByTestId("summary-peopleWorking")).toContainText(String(lastMonth.year));
  // Beside the live figures, the regions' latest approved reports as frozen, with their months.
  const approved = await withDatabase(async (client) => {
    const { rows } = await client.query(`
      SELECT coalesce(sum((figures->'figures'->>'peopleEmployed')::int), 0)::int AS people, count(*)::int AS reports
        FROM (SELECT DISTINCT ON ("regionId") figures FROM "MonthlyReport" WHERE status = 'APPROVED' ORDER BY "regionId", month DESC) AS latest`);
    return rows[0] as { people: number; reports: number };
  });
  expect(approved.reports).toBeGreaterThan(0);
  await expect(page.getByTestId("approved-peopleEmployed")).toHaveAttribute("data-value", String(approved.people));
  await expect(page.getByTestId("approved-months")).toContainText(`Отчётов: ${approved.reports}`);
  await page.getByLabel("На конец месяца").selectOption("2020-09");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/asOf=2020-09/);
  await expect(page.getByTestId("summary-as-of")).toContainText("30 сентября 2020");
  const asOf = await withDatabase(async (client) => {
    const { rows } = await client.query(`
      SELECT count(DISTINCT "workerId")::int AS people,
             count(DISTINCT "workerId") FILTER (WHERE "referredByEmploymentCentre")::int AS referred,
             count(DISTINCT "workerId") FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring")::int AS "youthReferred",
             count(DISTINCT "workerId") FILTER (WHERE coalesce("endedAt", '2020-09-01') >= '2020-09-01')::int AS working
        FROM "Placement" WHERE "hiredAt" <= '2020-09-30'`);
    return rows[0] as { people: number; referred: number; youthReferred: number; working: number };
  });
  const report = new SummaryReportPage(page);
  expect(await report.valueOf("peopleEmployed")).toBe(asOf.people);
  expect(await report.valueOf("referred")).toBe(asOf.referred);
  expect(await report.valueOf("youthReferred")).toBe(asOf.youthReferred);
  expect(await report.valueOf("peopleWorking")).toBe(asOf.working);
  // The test database is the demo at a tenth of the country: the letter's 196,000, 110,000 and 43,600.
  expect([asOf.people, asOf.referred, asOf.youthReferred]).toEqual([19_600, 11_000, 4_360]);
  // Its PDF says the same day.
  const pdf = await page.request.get("/summary/pdf?asOf=2020-09&lang=ru");
  expect(pdf.status()).toBe(200);
  expect((await readPdf(await pdf.body())).text).toContain("30 сентября 2020");
});
