// Backups of the embedded single-machine install (`npm start` without DATABASE_URL;
// docs/backups.md): the key and the folder live OUTSIDE the project, in the user's config and data
// folders, so a lost or deleted .data/ (or project folder) does not take them along. Only
// `npm start` creates the key, on its first run, and prints it once: the operator must keep a copy
// elsewhere, since a backup cannot be read without it. db:backup and db:restore without
// DATABASE_URL read it.
// A server install (DATABASE_URL) sets BACKUP_KEY and BACKUP_DIR itself; nothing is made here.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";

type Env = Readonly<Record<string, string | undefined>>;

/** One key and folder per project folder: two clones on one machine are two portals. */
function installName(): string {
  return `${path.basename(PROJECT_ROOT)}-${crypto.createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 8)}`;
}

export function embeddedBackupPaths(env: Env = process.env): { keyFile: string; dir: string } {
  const home = os.homedir();
  const config = env.XDG_CONFIG_HOME || path.join(home, ".config");
  const data = env.XDG_DATA_HOME || path.join(home, ".local", "share");
  return {
    keyFile: path.join(config, "employment-roadmap", installName(), "backup.key"),
    dir: path.join(data, "employment-roadmap", installName(), "backups"),
  };
}

/** BACKUP_KEY and BACKUP_DIR as the embedded install has them, without creating anything. */
export function embeddedBackupDefaults(env: Env = process.env): { BACKUP_KEY?: string; BACKUP_DIR?: string } {
  const { keyFile, dir } = embeddedBackupPaths(env);
  const result: { BACKUP_KEY?: string; BACKUP_DIR?: string } = {};
  if (!env.BACKUP_KEY && fs.existsSync(keyFile)) result.BACKUP_KEY = fs.readFileSync(keyFile, "utf8").trim();
  if (!env.BACKUP_DIR && fs.existsSync(dir)) result.BACKUP_DIR = dir;
  return result;
}

export type EmbeddedBackups = {
  /** BACKUP_KEY and BACKUP_DIR for the worker; empty if they could not be made. */
  env: { BACKUP_KEY?: string; BACKUP_DIR?: string };
  /** What the operator must read: the new key (first run only) or why backups are off. */
  notice?: string;
};

/**
 * For `npm start` on the embedded database: BACKUP_KEY and BACKUP_DIR from the environment, or
 * the install's own (the key generated on the first run, and returned as a notice to print
 * where it will be seen: last, after the build's output). If they cannot be made the portal
 * still starts, and the notice says why backups are off.
 */
export function ensureEmbeddedBackups(env: Env = process.env): EmbeddedBackups {
  const { keyFile, dir } = embeddedBackupPaths(env);
  try {
    let key = env.BACKUP_KEY;
    let notice: string | undefined;
    if (!key) {
      if (fs.existsSync(keyFile)) {
        key = fs.readFileSync(keyFile, "utf8").trim();
      } else {
        key = crypto.randomBytes(32).toString("base64");
        fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
        // "wx": two first starts at once must not write two keys.
        fs.writeFileSync(keyFile, `${key}\n`, { mode: 0o600, flag: "wx" });
        notice = [
          "",
          "══════════════════════════════════════════════════════════════════════════",
          " A backup key was generated for this portal's nightly backups:",
          "",
          `   ${key}`,
          "",
          ` It is stored in ${keyFile}.`,
          " COPY IT NOW to a safe place apart from this machine (a password manager,",
          " a sealed envelope): without it no backup can be restored. It is not shown again.",
          "══════════════════════════════════════════════════════════════════════════",
          "",
        ].join("\n");
      }
    }
    const folder = env.BACKUP_DIR || dir;
    if (!env.BACKUP_DIR) fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return { env: { BACKUP_KEY: key, BACKUP_DIR: folder }, notice };
  } catch (error) {
    return { env: {}, notice: `Backups are off: the key or folder could not be set up (${(error as Error).message}); set BACKUP_KEY and BACKUP_DIR (docs/backups.md).` };
  }
}
