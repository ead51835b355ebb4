// Brute-force protection for sign-in (issue 3): after MAX_FAILURES failed sign-ins for one
// e-mail within WINDOW_MINUTES, every attempt for that e-mail is refused for LOCK_MINUTES,
// even with the right password.
//
// The state lives in PostgreSQL (table SignInThrottle), not in process memory, so that it holds
// when the portal runs as several server instances behind a load balancer: currentLock
// (lib/auth/queries.ts) reads it; recordFailure and completeSignIn (lib/auth/mutations.ts)
// change it in one statement or under a row lock, so concurrent attempts on different
// instances count every failure exactly once. Times come from the database's clock, which all
// instances share. The key is the typed e-mail whether or not an account exists, so the lock
// does not reveal which e-mails have accounts.

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;
