// The state every server action returns to its form (useActionState), and the helpers that
// fill it. Errors are CODES, never sentences: the form translates them (components/ui/form-text.ts), so
// the same action serves Russian, Kazakh and English readers. No server-only imports here.
import type { z } from "zod";

export type ActionState<Field extends string = string> = {
  ok: boolean;
  /** Field -> error codes, shown next to the field. */
  errors?: Partial<Record<Field, string[]>>;
  /** A form-wide code: a success note when ok, a refusal otherwise. */
  message?: string;
  /** Values for the message's placeholders, e.g. { month: "2021-03-01" }. */
  params?: Record<string, string | number>;
  /** What was typed (never a password), so a refused form keeps its values. */
  values?: Record<string, string>;
  /** Anything the form needs after success (e.g. the new record's id or version). */
  data?: Record<string, string | number | null>;
};

export const initialActionState: ActionState = { ok: false };

/** Reads the named fields of a submitted form; absent fields stay undefined for zod to report. */
export function formFields(formData: FormData, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, formData.get(field) ?? undefined]));
}

/** zod issues -> { field: [codes] }; nested paths are joined with dots ("funding.0.allocated"). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    const list = (errors[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

/**
 * The one error type an action turns into words: a known refusal with a code (translated by the
 * form: `<namespace>.errors.<code>`, then `errors.<code>`), the field it concerns if any, and the
 * values its sentence names. The refusals that callers also tell apart (AuthorizationError,
 * RecordNotFoundError, MonthLockedError) are DomainErrors with their own class.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
    message: string = code,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
