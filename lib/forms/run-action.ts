// The common shell of server actions (docs/code-style.md: resolve the session, check the permission,
// validate, mutate — then revalidate/redirect AFTER this, outside the try). Known failures become
// codes for the form; unknown ones are logged for the operators and shown as "unexpected",
// never as a stack trace or SQL text.
import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { isBusyError, isStatementTimeout } from "@/lib/db/busy";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { DomainError, fieldErrors, type ActionState } from "./state";
import { nulCharacterIssues } from "./text-guard";

export type Outcome<T> = { ok: true; value: T } | { ok: false; state: ActionState };

/**
 * Validates with a zod schema; a failure becomes field errors next to the form's fields. A field
 * holding a NUL byte is refused before the schema runs (text-guard.ts).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulCharacterIssues(input);
  if (nul.length) throw new z.ZodError(nul);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/**
 * Runs `work` for the signed-in user. `work` checks the permission (requirePermission /
 * requireProjectAccess), validates and calls the mutation.
 */
export async function runAction<T>(work: (actor: Actor) => Promise<T>): Promise<Outcome<T>> {
  try {
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, state: { ok: false, message: "unauthenticated" } };
    return { ok: true, value: await work(actor) };
  } catch (error) {
    return { ok: false, state: stateOfError(error) };
  }
}

export function stateOfError(error: unknown): ActionState {
  if (error instanceof z.ZodError) return { ok: false, errors: fieldErrors(error), message: "invalidInput" };
  // Refusals with a code: permission (AuthorizationError), a record gone (RecordNotFoundError),
  // a closed month (MonthLockedError) and the domains' own rules.
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, errors: { [error.field]: [error.code] }, params: error.params, message: "invalidInput" }
      : { ok: false, message: error.code, params: error.params };
  }
  // Someone else's work held a lock too long, or took every connection of the write pool
  // (lib/db/busy.ts, lib/db/pools.ts): a generic "try again".
  if (isBusyError(error)) return { ok: false, message: "busy" };
  // A statement ran past its pool's statement_timeout: "took too long, nothing was saved".
  if (isStatementTimeout(error)) return { ok: false, message: "timeout" };
  // An outage is told as such (docs/architecture.md), without the driver's message (it names
  // host and port).
  if (isDatabaseUnavailable(error)) return { ok: false, message: "unavailable" };
  console.error("Action failed:", error instanceof Error ? `${error.name}: ${error.message}` : error);
  return { ok: false, message: "unexpected" };
}
