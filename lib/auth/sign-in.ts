// Checking an e-mail and password: the client address's limit and the
// e-mail's lock first, then the password inside a cluster-wide concurrency slot, then the audit
// trail. Failed, successful and locked-out attempts on existing accounts are written to
// AuditEvent (entity "auth"); neither the password nor its hash is ever written or returned.
// Limits and their reasons: lib/auth/throttle.ts.
import "server-only";
import { z } from "zod";
import { withAdvisorySlot } from "@/lib/db/advisory-slots";
import { isBusyError, isStatementTimeout } from "@/lib/db/busy";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { completeSignIn, recordAddressFailure, recordFailure, recordSignInEvent, type SignInRequestInfo } from "./mutations";
import { MAX_PASSWORD_LENGTH } from "./password-policy";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { addressFailures, currentLock, findUserForSignIn, type SessionUser } from "./queries";
import { MAX_ADDRESS_FAILURES, PASSWORD_CHECK_LOCK_KEY, PASSWORD_CHECK_SLOTS, SLOT_WAIT_MS } from "./throttle";

export type SignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; code: "invalidCredentials" | "rateLimited" | "busy" | "unavailable" }
  | { ok: false; code: "locked"; lockedUntil: Date };

/** What the audit row may say about the request: never the password. */
export type SignInContext = { ip?: string | null; userAgent?: string | null };

// E-mails are stored lower-case (lib/users/schema.ts), so sign-in compares lower-case too.
// A NUL byte cannot be in a stored e-mail or password and PostgreSQL refuses it in a query:
// such input is simply wrong credentials, not an "unexpected" error.
const noNul = (value: string) => !value.includes("\u0000");
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).refine(noNul),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH).refine(noNul),
});

export async function authenticate(input: unknown, context: SignInContext = {}): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  // An empty or oversized field cannot be right; nothing to count it against reliably.
  if (!parsed.success) return { ok: false, code: "invalidCredentials" };
  const { email, password } = parsed.data;
  const request: SignInRequestInfo = { email, ip: context.ip ?? null, userAgent: context.userAgent?.slice(0, 300) ?? null };
  try {
    return await check(email, password, request);
  } catch (error) {
    // An outage is not a wrong password, and its message (host, port) must not reach the browser.
    if (isDatabaseUnavailable(error)) return { ok: false, code: "unavailable" };
    // A throttle row held by a concurrent sign-in past the write pool's lock_timeout, or a full
    // write pool (lib/db/pools.ts): "busy, try again", like a full queue of password checks.
    if (isBusyError(error) || isStatementTimeout(error)) return { ok: false, code: "busy" };
    throw error;
  }
}

async function check(email: string, password: string, request: SignInRequestInfo): Promise<SignInResult> {
  // Refused before any hashing: a sprayer's address costs no CPU once over its limit.
  if (request.ip && (await addressFailures(request.ip)) >= MAX_ADDRESS_FAILURES) return { ok: false, code: "rateLimited" };

  const lockedUntil = await currentLock(email);
  if (lockedUntil) {
    const user = await findUserForSignIn(email);
    if (request.ip) await recordAddressFailure(request.ip);
    await recordSignInEvent("signIn.locked", user?.id ?? null, request, { lockedUntil: lockedUntil.toISOString() });
    return { ok: false, code: "locked", lockedUntil };
  }

  const user = await findUserForSignIn(email);
  // The same argon2 work for an unknown e-mail as for a known one: time must not tell them apart.
  const checked = await withAdvisorySlot(PASSWORD_CHECK_LOCK_KEY, PASSWORD_CHECK_SLOTS, SLOT_WAIT_MS, () =>
    user ? verifyPassword(user.passwordHash, password) : verifyAgainstDummy(password),
  );
  if (!checked.ok) return { ok: false, code: "busy" };
  const passwordOk = checked.value;

  if (!user || !passwordOk || !user.active) {
    if (request.ip) await recordAddressFailure(request.ip);
    // An unknown e-mail writes nothing of its own: no throttle row, no audit row.
    if (!user) return { ok: false, code: "invalidCredentials" };
    // A deactivated account answers like a wrong password: the message must not confirm that
    // the password of a closed account was right. The audit row records the real reason.
    const reason = !passwordOk ? "wrongPassword" : "inactive";
    const state = await recordFailure(email);
    await recordSignInEvent("signIn.failure", user.id, request, { reason, failures: state.failures });
    if (state.lockedUntil) {
      await recordSignInEvent("signIn.locked", user.id, request, { lockedUntil: state.lockedUntil.toISOString() });
      return { ok: false, code: "locked", lockedUntil: state.lockedUntil };
    }
    return { ok: false, code: "invalidCredentials" };
  }

  const outcome = await completeSignIn(user.id, request);
  if (outcome.lockedUntil) {
    await recordSignInEvent("signIn.locked", user.id, request, { lockedUntil: outcome.lockedUntil.toISOString() });
    return { ok: false, code: "locked", lockedUntil: outcome.lockedUntil };
  }

  const { passwordHash: _hash, active: _active, ...sessionUser } = user;
  return { ok: true, user: sessionUser };
}
