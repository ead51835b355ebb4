// The backup key: 32 random bytes (AES-256), given to the tools as base64 in BACKUP_KEY. It is
// never written into a backup; the file names it only by its key id (the first 8 bytes of its
// SHA-256), so that a restore with another key is refused at once instead of failing at the end.
import crypto from "node:crypto";
import { BackupKeyError } from "./errors";

export const KEY_BYTES = 32;

const HOW_TO_MAKE = `make one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))" and keep it outside the portal's folder`;

/** The key in `value` (BACKUP_KEY), or a BackupKeyError saying what is wrong with it. */
export function parseBackupKey(value: string | undefined): Buffer {
  const text = value?.trim() ?? "";
  if (!text) throw new BackupKeyError(`BACKUP_KEY is not set: backups are encrypted with a 32-byte key given in base64; ${HOW_TO_MAKE}.`);
  // Buffer.from(…, "base64") skips characters it does not know; a typo must not pass as a key.
  if (!/^[\w+/-]+={0,2}$/.test(text)) throw new BackupKeyError(`BACKUP_KEY is not base64 (it holds other characters); ${HOW_TO_MAKE}.`);
  const key = Buffer.from(text, "base64");
  if (key.length !== KEY_BYTES) {
    throw new BackupKeyError(`BACKUP_KEY must be ${KEY_BYTES} bytes in base64 (44 characters), but it decodes to ${key.length} bytes; ${HOW_TO_MAKE}.`);
  }
  return key;
}

/** The key's public name: 16 hex digits, the same for the same key, useless for guessing it. */
export function keyId(key: Buffer): string {
  return crypto.createHash("sha256").update(key).digest("hex").slice(0, 16);
}
