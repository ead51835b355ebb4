// Checking an e-mail and password (issue 3): throttle first, then the password, then the audit
// trail. Failed, successful and locked-out attempts are all written to AuditEvent (entity
// "auth"); neither the password nor its hash is ever written or returned.
import "server-only";
import { z } from "zod";
import { completeSignIn, recordFailure, recordSignInEvent, type SignInRequestInfo } from "./mutations";
import { MAX_PASSWORD_LENGTH } from "./password-policy";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { currentLock, findUserForSignIn, type SessionUser } from "./queries";

export type SignInResult =
  | { ok: true; user: SessionUser }
  | { ok: false; code: "invalidCredentials" }
  | { ok: false; code: "locked"; lockedUntil: Date };

/** What the audit row may say about the request: never the password. */
export type SignInContext = { ip?: string | null; userAgent?: string | null };

// E-mails are stored lower-case (lib/users/schema.ts), so sign-in compares lower-case too.
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export async function authenticate(input: unknown, context: SignInContext = {}): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  // An empty or oversized field cannot be right; nothing to count it against reliably.
  if (!parsed.success) return { ok: false, code: "invalidCredentials" };
  const { email, password } = parsed.data;
  const request: SignInRequestInfo = { email, ip: context.ip ?? null, userAgent: context.userAgent?.slice(0, 300) ?? null };

  const lockedUntil = await currentLock(email);
  if (lockedUntil) {
    const user = await findUserForSignIn(email);
    await recordSignInEvent("signIn.locked", user?.id ?? null, request, { lockedUntil: lockedUntil.toISOString() });
    return { ok: false, code: "locked", lockedUntil };
  }

  const user = await findUserForSignIn(email);
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);

  if (!user || !passwordOk || !user.active) {
    // A deactivated account answers like a wrong password: the message must not confirm that
    // the password of a closed account was right. The audit row records the real reason.
    const reason = !user ? "unknownEmail" : !passwordOk ? "wrongPassword" : "inactive";
    const state = await recordFailure(email);
    await recordSignInEvent("signIn.failure", user?.id ?? null, request, { reason, failures: state.failures });
    if (state.lockedUntil) {
      await recordSignInEvent("signIn.locked", user?.id ?? null, request, { lockedUntil: state.lockedUntil.toISOString() });
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
