// The scheduled backup's settings (lib/backup/settings.ts): a worker that cannot write backups says
// so at start rather than failing at 02:30, and a worker without settings simply takes no backups.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/db/migrate/folder";
import { backupSettingsFromEnv } from "@/lib/backup/settings";

const key = crypto.randomBytes(32).toString("base64");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-settings-"));

describe("backup settings", () => {
  it("without a folder and key, takes no backups but keeps the default schedule", () => {
    expect(backupSettingsFromEnv({})).toEqual({ target: null, cron: { cron: "30 2 * * *", timeZone: "Asia/Almaty" } });
  });

  it("reads folder, key, schedule and retention", () => {
    const settings = backupSettingsFromEnv({ BACKUP_DIR: dir, BACKUP_KEY: key, BACKUP_CRON: "0 */6 * * *", BACKUP_TIMEZONE: "UTC", BACKUP_KEEP_DAILY: "3", BACKUP_KEEP_WEEKLY: "0" });
    expect(settings.cron).toEqual({ cron: "0 */6 * * *", timeZone: "UTC" });
    expect(settings.target).toMatchObject({ dir, retention: { daily: 3, weekly: 0 } });
    expect(settings.target?.key.toString("base64")).toBe(key);
  });

  it("BACKUP_CRON=off removes the schedule", () => {
    expect(backupSettingsFromEnv({ BACKUP_DIR: dir, BACKUP_KEY: key, BACKUP_CRON: "off" }).cron).toBeNull();
  });

  it.each([
    [{ BACKUP_KEY: key }, "BACKUP_DIR"],
    [{ BACKUP_DIR: dir }, "BACKUP_KEY"],
    [{ BACKUP_DIR: dir, BACKUP_KEY: "short" }, "BACKUP_KEY"],
    [{ BACKUP_DIR: path.join(dir, "missing"), BACKUP_KEY: key }, "does not exist"],
    [{ BACKUP_DIR: path.join(PROJECT_ROOT, ".data", "backups"), BACKUP_KEY: key }, ".data/"],
    [{ BACKUP_CRON: "every night" }, "BACKUP_CRON"],
    [{ BACKUP_TIMEZONE: "Almaty" }, "BACKUP_TIMEZONE"],
    [{ BACKUP_DIR: dir, BACKUP_KEY: key, BACKUP_KEEP_DAILY: "0" }, "BACKUP_KEEP_DAILY"],
  ])("refuses %o naming what is wrong", (env, words) => {
    expect(() => backupSettingsFromEnv(env)).toThrow(words);
  });
});
