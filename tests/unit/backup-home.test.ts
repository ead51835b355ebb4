// The embedded install's backup key (lib/cli/backup-home.ts): made once, outside the project,
// readable by its owner only, shown on the run that made it and never again; a key given in
// BACKUP_KEY is used as it is and no file is made.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/lib/db/migrate/folder";
import { embeddedBackupDefaults, ensureEmbeddedBackups } from "@/lib/cli/backup-home";

function home() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "backup-home-"));
  return { root, env: { XDG_CONFIG_HOME: path.join(root, "config"), XDG_DATA_HOME: path.join(root, "data") } };
}

describe("the embedded install's backups", () => {
  it("makes a key on the first start, shows it that once, and keeps it outside the project", () => {
    const { root, env } = home();
    expect(embeddedBackupDefaults(env)).toEqual({});
    const first = ensureEmbeddedBackups(env);
    const key = first.env.BACKUP_KEY!;
    expect(Buffer.from(key, "base64")).toHaveLength(32);
    expect(first.notice).toContain(key);
    const [install] = fs.readdirSync(path.join(root, "config", "employment-roadmap"));
    const keyFile = path.join(root, "config", "employment-roadmap", install!, "backup.key");
    expect(fs.readFileSync(keyFile, "utf8").trim()).toBe(key);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(path.relative(PROJECT_ROOT, keyFile)).toMatch(/^\.\./);
    expect(fs.statSync(first.env.BACKUP_DIR!).isDirectory()).toBe(true);

    const again = ensureEmbeddedBackups(env);
    expect(again).toEqual({ env: first.env, notice: undefined });
    // db:backup / db:restore without DATABASE_URL find the same key and folder.
    expect(embeddedBackupDefaults(env)).toEqual(first.env);
    fs.rmSync(root, { recursive: true });
  });

  it("uses BACKUP_KEY and BACKUP_DIR when they are given, making nothing", () => {
    const { root, env } = home();
    const given = { ...env, BACKUP_KEY: "k".repeat(43) + "=", BACKUP_DIR: root };
    expect(ensureEmbeddedBackups(given)).toEqual({ env: { BACKUP_KEY: given.BACKUP_KEY, BACKUP_DIR: root }, notice: undefined });
    expect(fs.readdirSync(root)).toEqual([]);
    fs.rmSync(root, { recursive: true });
  });
});
