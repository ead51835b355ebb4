// Brute-force protection for sign-in: after MAX_FAILURES failed sign-ins for one
// e-mail within WINDOW_MINUTES, every attempt for that e-mail is refused for LOCK_MINUTES,
// even with the right password.
//
// The state lives in PostgreSQL (table SignInThrottle), not in process memory, so that it holds
// when the portal runs as several server instances behind a load balancer: currentLock
// (lib/auth/queries.ts) reads it; recordFailure and completeSignIn (lib/auth/mutations.ts)
// change it in one statement or under a row lock, so concurrent attempts on different
// instances count every failure exactly once. Times come from the database's clock, which all
// instances share. The key is the typed e-mail of an existing account (see the limits below for
// unknown e-mails). Rows older than their window are deleted as new failures are recorded.

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

// A lock per e-mail does not stop password spraying (one password tried against many
// e-mails) nor a flood of sign-ins that keeps argon2 busy. Two more limits, both in PostgreSQL:
//
// 1. Per client address (lib/auth/client-address.ts): after MAX_ADDRESS_FAILURES failed sign-ins
//    from one address in a fixed window of ADDRESS_WINDOW_MINUTES, that address is refused with
//    HTTP 429 until the window ends — before any password is checked. Failures are counted, not
//    attempts, so that an akimat's office behind one NAT address can still sign in all morning.
//    Unknown e-mails are counted here only: they write no SignInThrottle row and no audit row of
//    their own (500 random e-mails must not leave 500 rows); one audit row marks the moment an
//    address reaches the limit. The price: the per-e-mail lock only ever applies to existing
//    accounts, and this limit bounds how many e-mails one address can probe for that difference.
// 2. Globally: at most PASSWORD_CHECK_SLOTS password checks run at once across all instances
//    (lib/db/advisory-slots.ts). An attempt waits up to SLOT_WAIT_MS for a slot, then gets 429
//    "busy, try again": a flood costs others a short wait or a retry, never a lock of their account.
export const MAX_ADDRESS_FAILURES = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

/** About the argon2 threads of two instances (libuv's pool has 4 per process). */
export const PASSWORD_CHECK_SLOTS = Math.max(1, Number(process.env.SIGN_IN_CONCURRENCY) || 4);
export const SLOT_WAIT_MS = 3_000;

/** Advisory-lock namespace of the password-check slots ("SIGN" in ASCII). */
export const PASSWORD_CHECK_LOCK_KEY = 0x5349474e;
