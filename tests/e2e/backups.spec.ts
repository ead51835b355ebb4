// The administrators' backups page (docs/backups.md): the state of the backups in words — here,
// with no worker set up for backups, that nothing is scheduled — a recorded backup with its size,
// and "Back up now" queueing one backup (a second request is told one is already waiting). Other
// roles get the forbidden page.
import { expect, test } from "@playwright/test";
import { withDatabase } from "./support/database";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

const t = ru.admin.backups;
const FILE = "/srv/backups/roadmap-20261201-023000.backup";

test.beforeAll(async () => {
  await withDatabase(async (client) => {
    await client.query(`DELETE FROM pgboss.job WHERE name = 'backup'`);
    await client.query(`DELETE FROM pgboss.schedule WHERE name = 'backup'`);
    await client.query(`DELETE FROM "BackupRun"`);
    await client.query(
      `INSERT INTO "BackupRun" (trigger, outcome, "startedAt", "finishedAt", host, file, bytes, rows, "keyId")
       VALUES ('SCHEDULED', 'SUCCEEDED', now() - interval '61 seconds', now() - interval '1 minute', 'worker-1', $1, 16400000, 212000, 'ab12cd34ef56ab78')`,
      [FILE],
    );
  });
});

test("an administrator sees the backups' state and queues one backup", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/backups");
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: t.notScheduled })).toBeVisible();
  await expect(page.getByTestId("last-backup")).toContainText(/16,4\sМБ/);
  await expect(page.getByText(FILE).first()).toBeVisible();

  await page.getByRole("button", { name: t.request }).click();
  await expect(page.getByRole("status").filter({ hasText: t.messages.backupRequested })).toBeVisible();
  await page.getByRole("button", { name: t.request }).click();
  await expect(page.getByRole("alert").filter({ hasText: t.errors.backupAlreadyWaiting })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: t.jobs.created.split("{when}")[0]!.trim() })).toBeVisible();
});

test("an analyst may not open the backups page", async ({ page }) => {
  await signInAs(page, "ANALYST");
  await page.goto("/admin/backups");
  await expect(page.getByRole("heading", { level: 1, name: ru.auth.forbiddenTitle })).toBeVisible();
});
