// NUL bytes (0x00) in submitted text: PostgreSQL refuses them in every text column, so a form
// that passed one on answered "unexpected". validate() (run-action.ts) refuses them
// first, as a field error on the field that holds one, whatever that field's schema says.
// No server-only imports: a pure walk over the input.
import type { z } from "zod";

export const INVALID_CHARACTER = "invalidCharacter";

/** One custom issue per string holding a NUL, at its path in the (nested) input. */
export function nulCharacterIssues(input: unknown, path: PropertyKey[] = []): z.core.$ZodIssue[] {
  if (typeof input === "string") {
    return input.includes("\u0000") ? [{ code: "custom", path, message: INVALID_CHARACTER, input } as z.core.$ZodIssue] : [];
  }
  if (Array.isArray(input)) return input.flatMap((item, i) => nulCharacterIssues(item, [...path, i]));
  if (input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    return Object.entries(input).flatMap(([key, value]) => nulCharacterIssues(value, [...path, key]));
  }
  return [];
}
