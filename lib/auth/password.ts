// Password hashing with argon2id. Parameters are OWASP's minimum recommendation for
// argon2id (19 MiB memory, 2 passes, 1 thread), which are also @node-rs/argon2's defaults;
// the PHC string stores them, so raising them later still verifies old hashes.
// Never log a password or a hash, and never return a hash from a query or an action.
import "server-only";
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// `Algorithm` is a const enum in the package's typings, which isolatedModules cannot inline.
const ARGON2ID = 2 as Algorithm;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Minimum length of a password set by an administrator (user administration). */
export { MIN_PASSWORD_LENGTH } from "./password-policy";

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed hash: a bad row must not open the door. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random string, computed once, so that a sign-in for an unknown e-mail spends
// the same time as one for a known e-mail: response time must not tell which e-mails exist.
let dummyHash: Promise<string> | undefined;

/** Runs a verification that always fails, taking as long as a real one. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
  return false;
}
