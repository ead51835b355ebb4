// Shared by the browser form and the server schema; no I/O.

/** Passwords set by an administrator must have at least this many characters. */
export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes any length, but an unbounded input is a cheap denial-of-service lever. */
export const MAX_PASSWORD_LENGTH = 256;
