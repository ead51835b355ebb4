// Workers and placements in the browser: an akimat adds two workers to a project (one
// young — born in 2000 — and one referred by an employment centre with the referral's number),
// sees the IIN checked as it is typed and the counts of distinct people update; a deputy opening
// the same project sees the counts and no name and no IIN.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { calendarDateIn, makeIin } from "@/lib/iin";
import { ProjectPlacements } from "./pages/ProjectPlacements";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const pad = (n: number) => String(n).padStart(2, "0");
const today = calendarDateIn(new Date());
const todayText = `${today.y}-${pad(today.m)}-${pad(today.d)}`;
const YOUNG_NAME = "Тестов Ерлан Маратович";
const REFERRED_NAME = "Проверкина Айгуль Сериковна";

let projectId = 0;
let youngIin = "";
let referredIin = "";

/** An IIN no seeded worker has, so no existing placement can overlap the ones added here. */
async function unusedIin(born: { y: number; m: number; d: number }, sex: "MALE" | "FEMALE"): Promise<string> {
  return withDatabase(async (client) => {
    for (let serial = 9999; serial > 9000; serial--) {
      const iin = makeIin(born, sex, serial);
      if (!iin) continue;
      const { rowCount } = await client.query(`SELECT 1 FROM "Worker" WHERE iin = $1`, [iin]);
      if (!rowCount) return iin;
    }
    throw new Error("no free IIN");
  });
}

test.beforeAll(async () => {
  youngIin = await unusedIin({ y: 2000, m: 5, d: 1 }, "MALE");
  referredIin = await unusedIin({ y: 1978, m: 11, d: 3 }, "FEMALE");
  const akimatRegion = DEMO_ACCOUNTS.find((account) => account.role === "AKIMAT")!.regionCode;
  projectId = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Project" (code, name, "regionId", category, "workType", status, "programmeYear", "updatedAt")
       SELECT $1, 'Ремонт Дома культуры (e2e)', id, 'SOCIAL', 'CURRENT_REPAIR', 'IN_PROGRESS', $2, now() FROM "Region" WHERE code = $3
       RETURNING id`,
      [`E2E-PL-${Date.now().toString(36)}`, today.y, akimatRegion],
    );
    return rows[0]!.id;
  });
});

test("an akimat adds a young and a referred worker, with the IIN checked as it is typed", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  const section = new ProjectPlacements(page);
  await section.open(projectId);
  await expect(section.count("people")).toHaveText("0");

  // Live checks, before anything is sent: an impossible month, then a wrong check digit.
  await section.field("iin").fill("9013");
  await expect(section.preview()).toHaveText(ru.placements.errors.iinBirthDate);
  const wrongCheckDigit = youngIin.slice(0, 11) + String((Number(youngIin[11]) + 1) % 10);
  await section.field("iin").fill(wrongCheckDigit);
  await expect(section.preview()).toHaveText(ru.placements.errors.iinChecksum);
  await expect(section.field("iin")).toHaveAttribute("aria-invalid", "true");

  // The young worker: birth date and sex read from the IIN, youth computed from the hiring date.
  await section.field("iin").fill(youngIin);
  await expect(section.preview()).toContainText("01.05.2000");
  await expect(section.preview()).toContainText(ru.placements.sex.MALE);
  await section.field("hiredAt").fill(todayText);
  await expect(section.preview()).toContainText(ru.placements.preview.youth);
  await section.field("fullName").fill(YOUNG_NAME);
  await section.field("position").fill("Подсобный рабочий");
  await section.submit();
  await expect(section.status()).toHaveText(ru.placements.messages.added);
  await expect(section.count("people")).toHaveText("1");
  await expect(section.count("youthPeople")).toHaveText("1");
  await expect(section.count("referredPeople")).toHaveText("0");

  // The referred worker: the referral's number is required once the box is ticked.
  await expect(section.field("iin")).toHaveValue("");
  await section.field("iin").fill(referredIin);
  await section.field("fullName").fill(REFERRED_NAME);
  await section.field("hiredAt").fill(todayText);
  await expect(section.preview()).toContainText(ru.placements.preview.notYouth);
  await section.field("referredByEmploymentCentre").check();
  await section.submit();
  await expect(section.form().getByText(ru.placements.errors.referralNumberRequired)).toBeVisible();
  await expect(section.field("fullName")).toHaveValue(REFERRED_NAME);
  await section.field("referralNumber").fill("ЦЗН-2021/0457");
  await section.submit();
  await expect(section.status()).toHaveText(ru.placements.messages.added);

  await expect(section.count("people")).toHaveText("2");
  await expect(section.count("placements")).toHaveText("2");
  await expect(section.count("referredPeople")).toHaveText("1");
  await expect(section.count("youthPeople")).toHaveText("1");
  await expect(section.rows()).toHaveCount(2);
  await expect(section.section().getByRole("rowheader", { name: YOUNG_NAME })).toBeVisible();
  await expect(section.section().getByText(referredIin)).toBeVisible();

  // The section, its table and its form pass an accessibility check.
  const axe = await new AxeBuilder({ page }).include('[data-testid="project-placements"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // What the page shows is what the database holds.
  const stored = await withDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT w.iin, w."fullName", p."youthAtHiring", p."referredByEmploymentCentre", p."referralNumber"
       FROM "Placement" p JOIN "Worker" w ON w.id = p."workerId" WHERE p."projectId" = $1 ORDER BY w.iin`,
      [projectId],
    );
    return rows;
  });
  expect(stored).toEqual(
    [
      { iin: youngIin, fullName: YOUNG_NAME, youthAtHiring: true, referredByEmploymentCentre: false, referralNumber: null },
      { iin: referredIin, fullName: REFERRED_NAME, youthAtHiring: false, referredByEmploymentCentre: true, referralNumber: "ЦЗН-2021/0457" },
    ].sort((a, b) => a.iin.localeCompare(b.iin)),
  );
});

test("a deputy opening the same project sees the counts, and no names and no IINs", async ({ page }) => {
  await signInAs(page, "DEPUTY");
  const section = new ProjectPlacements(page);
  await section.open(projectId);
  await expect(section.count("people")).toHaveText("2");
  await expect(section.section().getByText(ru.placements.personalDataNote)).toBeVisible();
  await expect(section.form()).toHaveCount(0);
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/\d{12}/);
  expect(text).not.toContain(youngIin);
  expect(text).not.toContain(YOUNG_NAME);
  expect(text).not.toContain(REFERRED_NAME);
  // Not in the markup either (hidden elements, attributes, the RSC payload).
  const html = await page.content();
  expect(html).not.toContain(youngIin);
  expect(html).not.toContain(referredIin);
  expect(html).not.toContain("Проверкина");
});

test("the akimat ends one placement, corrects another on its own page, and removes it", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  const section = new ProjectPlacements(page);
  await section.open(projectId);
  const young = section.rows().filter({ hasText: YOUNG_NAME });
  await young.getByLabel(`${ru.placements.end.label}: ${YOUNG_NAME}`).fill(todayText);
  await young.getByRole("button", { name: ru.placements.end.submit }).click();
  await expect(young.getByRole("button", { name: ru.placements.end.submit })).toHaveCount(0);
  const [y, m, d] = todayText.split("-");
  await expect(young).toContainText(`${d}.${m}.${y}`);

  const referred = section.rows().filter({ hasText: REFERRED_NAME });
  await referred.getByRole("link", { name: `${ru.placements.edit.link}: ${REFERRED_NAME}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.placements.edit.title);
  await expect(page.getByLabel(ru.placements.fields.iin, { exact: true })).toHaveValue(referredIin);
  await page.getByLabel(ru.placements.fields.position, { exact: true }).fill("Маляр-штукатур");
  await page.getByRole("button", { name: ru.placements.edit.submit, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect(section.rows().filter({ hasText: REFERRED_NAME })).toContainText("Маляр-штукатур");

  page.once("dialog", (dialog) => dialog.accept());
  await section.rows().filter({ hasText: REFERRED_NAME }).getByRole("button", { name: `${ru.placements.remove.submit}: ${REFERRED_NAME}` }).click();
  await expect(section.rows()).toHaveCount(1);
  await expect(section.count("people")).toHaveText("1");
  await expect(section.count("referredPeople")).toHaveText("0");

  const audit = await withDatabase(async (client) => {
    const { rows } = await client.query<{ action: string }>(
      `SELECT action FROM "AuditEvent" WHERE entity = 'placement' AND (before->>'projectId' = $1 OR after->>'projectId' = $1) ORDER BY id`,
      [String(projectId)],
    );
    return rows.map((row) => row.action);
  });
  expect(audit).toEqual(["create", "create", "update", "update", "delete"]);
});
