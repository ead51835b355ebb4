// Error codes that the Credentials provider's authorize() throws and next-auth 4 passes to the
// browser as `?error=…` (or as `error` in the result of signIn(…, { redirect: false })).
// Shared by the server (to encode) and the sign-in form (to translate); no I/O.

export const SIGN_IN_ERROR = {
  invalidCredentials: "invalid_credentials",
  locked: "locked",
} as const;

export type SignInErrorView =
  | { code: "invalidCredentials" }
  | { code: "locked"; lockedUntil: Date | null }
  | { code: "unknown" };

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
  return { code: "unknown" };
}

/** Only same-site paths: a callbackUrl from the query string must not send users elsewhere. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value) return "/";
  let path = value;
  // next-auth may hand back an absolute URL of this site; keep only its path.
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      path = url.pathname + url.search + url.hash;
    } catch {
      return "/";
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  if (path.startsWith("/sign-in")) return "/";
  return path;
}
