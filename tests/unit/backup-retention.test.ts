// Which backups the retention rule keeps (docs/backups.md): the newest of each of the last 7 days
// with a backup and of each of the last 4 ISO weeks with one; names the portal did not write are
// never touched, and a run of days without backups does not shorten how far back the rule reaches.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { backupsToDelete, backupTime, isoWeek, pruneBackups } from "@/lib/backup/retention";

const name = (day: string, time = "023000") => `roadmap-${day.replaceAll("-", "")}-${time}.backup`;

/** Nightly backups from `from` for `days` days. */
function nightly(from: string, days: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => name(new Date(start + i * 86_400_000).toISOString().slice(0, 10)));
}

describe("backup retention", () => {
  it("reads the time from the portal's names only", () => {
    expect(backupTime("roadmap-20261205-023000.backup")?.toISOString()).toBe("2026-12-05T02:30:00.000Z");
    expect(backupTime("roadmap-20261345-023000.backup")).toBeNull();
    expect(backupTime("roadmap-20261205-023000.backup.incomplete")).toBeNull();
    expect(backupTime("before-upgrade.backup")).toBeNull();
  });

  it("numbers ISO weeks across the turn of the year", () => {
    expect(isoWeek(new Date("2026-12-31T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeek(new Date("2027-01-03T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeek(new Date("2027-01-04T00:00:00Z"))).toBe("2027-W01");
    expect(isoWeek(new Date("2026-03-02T00:00:00Z"))).toBe("2026-W10");
  });

  it("keeps a week of nightly backups and the newest of each of the last four weeks", () => {
    const names = nightly("2026-10-01", 66); // 1 Oct … 5 Dec 2026
    const kept = names.filter((n) => !backupsToDelete(names).includes(n));
    expect(kept).toEqual([
      name("2026-11-15"), // Sunday, the newest of W46
      name("2026-11-22"), // W47
      ...nightly("2026-11-29", 7), // the last seven days; they hold the newest of W48 and W49
    ].sort());
  });

  it("keeps the newest of several backups a day, and counts days that have backups", () => {
    const names = [name("2026-12-05", "023000"), name("2026-12-05", "140000"), name("2026-11-01"), name("2026-06-01")];
    expect(backupsToDelete(names, { daily: 2, weekly: 0 })).toEqual([name("2026-12-05", "023000"), name("2026-06-01")]);
  });

  it("never deletes a file the portal did not name, nor the one just written", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retention-"));
    const names = [...nightly("2026-11-01", 10), "before-upgrade.backup", "notes.txt"];
    for (const n of names) fs.writeFileSync(path.join(dir, n), "");
    const deleted = pruneBackups(dir, path.join(dir, name("2026-11-01")), { daily: 2, weekly: 0 });
    expect(deleted).toEqual(nightly("2026-11-02", 7).reverse());
    expect(fs.readdirSync(dir).sort()).toEqual(["before-upgrade.backup", "notes.txt", name("2026-11-01"), name("2026-11-09"), name("2026-11-10")].sort());
    fs.rmSync(dir, { recursive: true });
  });

  it("deletes a dead backup's temporary file after a day, not a running one's", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "retention-"));
    const dead = `${name("2026-12-01")}.incomplete`;
    const running = `${name("2026-12-05")}.incomplete`;
    const now = Date.parse("2026-12-05T03:00:00Z");
    for (const n of [dead, running]) fs.writeFileSync(path.join(dir, n), "");
    fs.utimesSync(path.join(dir, dead), new Date(now - 4 * 86_400_000), new Date(now - 4 * 86_400_000));
    fs.utimesSync(path.join(dir, running), new Date(now - 60_000), new Date(now - 60_000));
    expect(pruneBackups(dir, path.join(dir, "x"), { daily: 7, weekly: 4 }, now)).toEqual([dead]);
    fs.rmSync(dir, { recursive: true });
  });
});
