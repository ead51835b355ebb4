// Projects: an akimat creates a project through the form (a field error first, then
// fixed), finds it in the registry through a filtered URL, and edits it; a second browser
// editing the same project is told who changed it meanwhile and nothing is overwritten; an
// analyst reads the change history.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { makeBin } from "@/lib/iin";
import { ProjectFormPage, ProjectPage } from "./pages/ProjectPages";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

test.describe.configure({ mode: "serial" });

const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
const firstName = "Капитальный ремонт Дома культуры, с. Акколь";
const editedName = "Капитальный ремонт и оснащение Дома культуры, с. Акколь";
let projectId = 0;

async function stored(id: number) {
  return withDatabase(async (client) => (await client.query(`SELECT name, version, "plannedTemporaryJobs" FROM "Project" WHERE id = $1`, [id])).rows[0]);
}

test("an akimat creates a project, finds it in the registry and edits it", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  await page.goto("/projects");
  await page.getByRole("link", { name: ru.projects.registry.newProject }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.projects.form.newTitle);

  const form = new ProjectFormPage(page);
  await form.field("code").fill(code);
  await form.field("name").fill(firstName);
  await form.field("programmeYear").fill("2021");
  await form.field("category").selectOption("SOCIAL");
  await form.field("workType").selectOption("CAPITAL_REPAIR");
  await form.field("settlement").fill("с. Акколь");
  await form.field("plannedStart").fill("2021-05-01");
  await form.field("plannedEnd").fill("2021-10-31");
  await form.field("plannedTemporaryJobs").fill("40");
  await page.getByLabel(`${ru.enums.fundingSource.LOCAL_BUDGET}: ${ru.projects.fields.allocated}`).fill("35 000 000");
  // A typing error in the contractor's BIN: the last digit is off by one.
  const bin = makeBin(2015, 6, 2468)!;
  await form.field("contractorBin").fill(bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10));
  await form.create();
  await expect(form.errorsOf("contractorBin")).toContainText(ru.projects.errors.binChecksum);
  await expect(form.field("contractorBin")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("contractorBin")).toBeFocused();
  await expect(form.field("name")).toHaveValue(firstName);

  await form.field("contractorBin").fill(bin);
  await form.create();
  await expect(page.getByRole("status").filter({ hasText: ru.projects.page.saved.created })).toBeVisible();
  const project = new ProjectPage(page);
  await expect(project.title()).toHaveText(firstName);
  projectId = project.idFromUrl();
  await expect(page.getByTestId("funding-table")).toContainText("35,0 млн ₸");

  // The registry, filtered through the URL (as a shared link would be).
  await page.goto(`/projects?q=${encodeURIComponent(code.toLowerCase())}&status=PLANNED&category=SOCIAL`);
  await expect(page.getByTestId("registry-count")).toHaveText("Найден 1 проект");
  await expect(page.getByLabel(ru.projects.filters.status)).toHaveValue("PLANNED");
  const row = page.getByRole("row").filter({ hasText: code });
  await expect(row).toContainText(firstName);
  await expect(row).toContainText("40 / 0");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The same projects as a spreadsheet in the import format, ready to edit and import back.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("registry-download-xlsx").click()]);
  expect(download.suggestedFilename()).toMatch(/^roadmap-projects-\d{4}-\d\d-\d\d\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(1).getCell(1).value).toBe(ru.imports.columns.PROJECTS.code);
  expect(sheet.getRow(2).values).toEqual(expect.arrayContaining([code, firstName, "11", "с. Акколь", ru.enums.category.SOCIAL, 40, 35_000_000]));

  await row.getByRole("link", { name: code }).click();
  await page.getByRole("link", { name: ru.projects.page.edit }).click();
  await form.field("name").fill(editedName);
  await form.field("plannedTemporaryJobs").fill("55");
  await form.save();
  await expect(page.getByRole("status").filter({ hasText: ru.projects.page.saved.updated })).toBeVisible();
  await expect(project.title()).toHaveText(editedName);
  expect(await stored(projectId)).toMatchObject({ name: editedName, version: 2, plannedTemporaryJobs: 55 });
});

test("a second browser editing the same project is refused with who changed it", async ({ browser }) => {
  const first = await browser.newContext({ locale: "ru-RU", timezoneId: "Asia/Almaty" });
  const second = await browser.newContext({ locale: "ru-RU", timezoneId: "Asia/Almaty" });
  const [a, b] = [await first.newPage(), await second.newPage()];
  await signInAs(a, "AKIMAT");
  await signInAs(b, "AKIMAT");
  await a.goto(`/projects/${projectId}/edit`);
  await b.goto(`/projects/${projectId}/edit`);

  const formA = new ProjectFormPage(a);
  await formA.field("plannedTemporaryJobs").fill("60");
  await formA.save();
  await expect(a.getByRole("status").filter({ hasText: ru.projects.page.saved.updated })).toBeVisible();

  const formB = new ProjectFormPage(b);
  await formB.field("name").fill("Правка из второго окна");
  await formB.save();
  await expect(formB.status()).toContainText("Ольга Петрова");
  await expect(formB.status()).toContainText("Ваши изменения не сохранены");
  await expect(formB.field("name")).toHaveValue("Правка из второго окна");
  expect(await stored(projectId)).toMatchObject({ name: editedName, version: 3, plannedTemporaryJobs: 60 });

  await b.getByRole("link", { name: ru.projects.form.reload }).click();
  await expect(formB.field("plannedTemporaryJobs")).toHaveValue("60");
  await first.close();
  await second.close();
});

test("an analyst reads the project's change history", async ({ page }) => {
  await signInAs(page, "ANALYST");
  const project = new ProjectPage(page);
  await project.open(projectId);
  await expect(project.title()).toHaveText(editedName);
  await expect(page.getByRole("link", { name: ru.projects.page.edit })).toHaveCount(0);
  const history = project.history();
  await expect(history.getByRole("row")).toHaveCount(4); // header, create, two edits
  const rename = history.getByRole("row").filter({ hasText: `${ru.projects.fields.name}:` });
  await expect(rename).toContainText("Ольга Петрова");
  await expect(rename).toContainText(`${firstName} → ${editedName}`);
  await expect(history).toContainText(`${ru.projects.fields.plannedTemporaryJobs}: 55 → 60`);
  await expect(history).toContainText(ru.projects.page.history.created);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
