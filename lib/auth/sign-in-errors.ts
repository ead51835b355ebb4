// Error codes that the Credentials provider's authorize() throws and next-auth 4 passes to the
// browser as `?error=…` (or as `error` in the result of signIn(…, { redirect: false })).
// Shared by the server (to encode) and the sign-in form (to translate); no I/O.

export const SIGN_IN_ERROR = {
  invalidCredentials: "invalid_credentials",
  locked: "locked",
  // Too many failures from one client address (HTTP 429), all password-check slots
  // busy (HTTP 429), the database cannot be reached (HTTP 503). None of them names the account.
  rateLimited: "rate_limited",
  busy: "busy",
  unavailable: "unavailable",
} as const;

export type SignInErrorView =
  | { code: "invalidCredentials" }
  | { code: "locked"; lockedUntil: Date | null }
  | { code: "rateLimited" | "busy" | "unavailable" }
  | { code: "unknown" };

/** HTTP status of a refused sign-in, for next-auth's JSON reply (app/api/auth/[...nextauth]). */
export function signInErrorStatus(error: string | null | undefined): number | null {
  if (error === SIGN_IN_ERROR.rateLimited || error === SIGN_IN_ERROR.busy) return 429;
  if (error === SIGN_IN_ERROR.unavailable) return 503;
  return null;
}

/** "locked:<epoch milliseconds>" carries the time the lock ends, for "try again after HH:MM". */
export function encodeLocked(lockedUntil: Date): string {
  return `${SIGN_IN_ERROR.locked}:${lockedUntil.getTime()}`;
}

/** Reads the `error` value next-auth hands back; tolerates anything a URL may carry. */
export function parseSignInError(error: string | null | undefined): SignInErrorView | null {
  if (!error) return null;
  // next-auth's own code when authorize() returns null; treated like a wrong password.
  if (error === SIGN_IN_ERROR.invalidCredentials || error === "CredentialsSignin") {
    return { code: "invalidCredentials" };
  }
  if (error === SIGN_IN_ERROR.locked || error.startsWith(`${SIGN_IN_ERROR.locked}:`)) {
    const ms = Number(error.slice(SIGN_IN_ERROR.locked.length + 1));
    return { code: "locked", lockedUntil: Number.isFinite(ms) && ms > 0 ? new Date(ms) : null };
  }
  if (error === SIGN_IN_ERROR.rateLimited) return { code: "rateLimited" };
  if (error === SIGN_IN_ERROR.busy) return { code: "busy" };
  if (error === SIGN_IN_ERROR.unavailable) return { code: "unavailable" };
  return { code: "unknown" };
}
