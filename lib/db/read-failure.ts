// What a page read (the read pool, lib/db/pools.ts) that the database could not answer becomes.
// "Could not answer" is an outage (lib/db/unavailable.ts), a read cut short by its own limits
// (statement_timeout: 57014; lock_timeout: 55P03), or a deadlock. Such a read is no bug in the
// page, and its driver message may name the database's host: it must reach the reader as the
// translated "service temporarily unavailable" page (HTTP 503, app/unavailable/route.ts), never
// as a crash. Anything else (a bug, a write refused by the read-only pool) is left as it is.
//
// Where the read happens decides the answer:
// - rendering a page, or a route handler (a download): redirect to the 503 page, which leads back;
// - a server action (the `Next-Action` header): ServiceUnavailableError, which runAction turns
//   into the form's translated "busy", "timeout" or "unavailable" (lib/forms/run-action.ts), so
//   the form keeps what was typed;
// - the session check (`redirect: false`): ServiceUnavailableError, which next-auth's jwt callback
//   must see to keep the session (lib/auth/options.ts); requireUser then redirects;
// - outside a request (tests, command-line tools): ServiceUnavailableError.
// next/headers and next/navigation are imported only on this failure path: the command-line tools
// that run page reads in plain Node load this module too, and next/navigation does not load there.
import { unavailablePath } from "@/lib/auth/redirect-target";
import { isBusyError, isStatementTimeout } from "./busy";
import { isDatabaseUnavailable, ServiceUnavailableError } from "./unavailable";

/** Whether a failed read means "the database cannot answer now" rather than a bug. */
export function isUnansweredRead(error: unknown): boolean {
  return isDatabaseUnavailable(error) || isStatementTimeout(error) || isBusyError(error);
}

/** The request's headers, or null outside a request (headers() throws there). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()) as unknown as Headers;
  } catch {
    return null;
  }
}

/**
 * The error to throw for a failed read, or a redirect to the 503 page (thrown by `redirect`)
 * when the read was answering a page or a download and `options.redirect` allows it.
 */
export async function readFailure(error: unknown, options: { redirect: boolean }): Promise<unknown> {
  if (!isUnansweredRead(error)) return error;
  if (options.redirect) {
    const request = await requestHeaders();
    if (request && !request.has("next-action")) {
      const { redirect } = await import("next/navigation");
      // x-portal-path (proxy.ts): the page asked for, so that "try again" leads back to it.
      redirect(unavailablePath(request.get("x-portal-path")));
    }
  }
  return error instanceof ServiceUnavailableError ? error : new ServiceUnavailableError({ cause: error });
}
