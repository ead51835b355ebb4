// Personal data stays inside its region, in the browser (docs/privacy.md): Akmola's akimat adds
// a person that only another region placed, under a name of its own; nothing of the other
// region's record reaches its pages or its download, and an overlap is refused with dates and
// "in another region" only. The ministry then sees the national record, both spellings, and the
// data check that flags them.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { calendarDateIn, makeIin } from "@/lib/iin";
import { ProjectPlacements } from "./pages/ProjectPlacements";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const OUR_NAME = "Приватов Тест Регионович";
const pad = (n: number) => String(n).padStart(2, "0");
const today = calendarDateIn(new Date());

const day = (d: number) => `${today.y}-${pad(today.m)}-${pad(d)}`;

type Planted = { workerId: number; iin: string; name: string; projectCode: string; projectName: string };
let planted: Planted;
let projectId = 0;

test.beforeAll(async () => {
  const akimatRegion = DEMO_ACCOUNTS.find((account) => account.role === "AKIMAT")!.regionCode;
  ({ planted, projectId } = await withDatabase(async (client) => {
    const tag = Date.now().toString(36);
    const project = async (regionSql: string, code: string, name: string) =>
      (await client.query<{ id: number }>(
        `INSERT INTO "Project" (code, name, "regionId", category, "workType", status, "programmeYear", "updatedAt")
         SELECT $1, $2, id, 'SOCIAL', 'CURRENT_REPAIR', 'IN_PROGRESS', $3, now() FROM "Region" WHERE ${regionSql} ORDER BY code LIMIT 1
         RETURNING id`,
        [code, name, today.y, akimatRegion],
      )).rows[0]!.id;
    // A person that only another region placed, from the 1st to the 10th of this month.
    const theirs = { code: `E2E-PDX-${tag}`, name: `Ремонт моста (e2e, другой регион ${tag})` };
    const theirProject = await project("code <> $4", theirs.code, theirs.name);
    const name = `Секретов Иван ${tag}`;
    let iin = "";
    for (let serial = 8999; serial > 8000 && !iin; serial--) {
      const candidate = makeIin({ y: 1983, m: 3, d: 9 }, "MALE", serial)!;
      if (!(await client.query(`SELECT 1 FROM "Worker" WHERE iin = $1`, [candidate])).rowCount) iin = candidate;
    }
    const workerId = (await client.query<{ id: number }>(
      `INSERT INTO "Worker" (iin, "fullName", "birthDate", sex) VALUES ($1, $2, '1983-03-09', 'MALE') RETURNING id`, [iin, name])).rows[0]!.id;
    await client.query(`INSERT INTO "WorkerRegionName" ("workerId", "regionId", "fullName") SELECT $1, "regionId", $2 FROM "Project" WHERE id = $3`, [workerId, name, theirProject]);
    await client.query(`INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "endedAt", "youthAtHiring", "updatedAt") VALUES ($1, $2, $3, $4, false, now())`,
      [workerId, theirProject, day(1), day(10)]);
    const ours = await project("code = $4", `E2E-PD-${tag}`, "Ремонт клуба (e2e, личные данные)");
    return { planted: { workerId, iin, name, projectCode: theirs.code, projectName: theirs.name }, projectId: ours };
  }));
});

/** Fails when the page holds anything of the other region's record of the person. */
async function expectNothingOfTheOtherRegion(html: string) {
  for (const secret of [planted.name, planted.projectCode, planted.projectName]) expect(html).not.toContain(secret);
}

test("an akimat sees only its own name for a person another region placed, and overlaps say 'another region'", async ({ page }) => {
  await signInAs(page, "AKIMAT");
  const section = new ProjectPlacements(page);
  await section.open(projectId);

  // A period overlapping the other region's placement: refused with its dates only.
  await section.field("iin").fill(planted.iin);
  await section.field("fullName").fill(OUR_NAME);
  await section.field("hiredAt").fill(day(5));
  await section.field("endedAt").fill(day(6));
  await section.submit();
  const dotted = (d: number) => `${pad(d)}.${pad(today.m)}.${today.y}`;
  await expect(page.getByText(ru.placements.errors.overlapOtherRegion.replace("{hiredAt}", dotted(1)).replace("{endedAt}", dotted(10)))).toBeVisible();
  await expectNothingOfTheOtherRegion(await page.content());

  // A period of its own: accepted under the name the akimat typed.
  await section.field("hiredAt").fill(day(20));
  await section.field("endedAt").fill(day(25));
  await section.submit();
  await expect(section.status()).toHaveText(ru.placements.messages.added);
  await expect(section.row(OUR_NAME)).toBeVisible();
  await expectNothingOfTheOtherRegion(await page.content());

  // The region's download holds its own name too.
  const download = await page.request.get("/imports/data/placements");
  expect(download.ok()).toBe(true);
  const file = await download.text();
  expect(file).toContain(OUR_NAME);
  await expectNothingOfTheOtherRegion(file);

  // The data checks page offers the akimat no check about the national record.
  await page.goto("/checks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.checks.title);
  await expect(page.getByText(ru.checks.names.regionalNameDiffers)).toHaveCount(0);
});

test("the ministry sees the national record and both spellings; the view is recorded", async ({ page }) => {
  await signInAs(page, "ANALYST");
  await page.goto(`/workers/${planted.workerId}`);
  await expect(page.getByTestId("worker-national-name")).toHaveText(planted.name);
  const spellings = page.getByTestId("worker-region-names");
  await expect(spellings).toContainText(OUR_NAME);
  await expect(spellings).toContainText(planted.name);
  const views = await withDatabase(async (client) =>
    (await client.query(`SELECT 1 FROM "AuditEvent" WHERE entity = 'worker' AND "entityId" = $1 AND action = 'personalData.view'`, [String(planted.workerId)])).rowCount,
  );
  expect(views).toBeGreaterThanOrEqual(1);
  await page.goto("/checks?check=regionalNameDiffers");
  await expect(page.getByTestId("findings-total")).not.toHaveText(ru.checks.findings.none);
});
