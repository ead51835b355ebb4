"use server";
// Server actions of user administration: session, permission, validation, mutation,
// revalidation — the only place a request becomes a write (style.md). Each returns a
// UserActionState of codes that the forms translate ("admin.errors.*", "admin.messages.*").
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { nulCharacterIssues } from "@/lib/forms/text-guard";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { isAuthorizationError, requirePermission, type Actor } from "@/lib/auth/permissions";
import { isBusyError, isStatementTimeout } from "@/lib/db/busy";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { changeRole, createUser, resetPassword, setUserActive, UserMutationError } from "./mutations";
import {
  changeRoleSchema,
  createUserSchema,
  fieldErrors,
  formFields,
  resetPasswordSchema,
  userIdSchema,
  type UserActionState,
} from "./schema";

type Outcome<T> = { ok: true; value: T } | { ok: false; state: UserActionState };

/** Thrown by `validate`; becomes field errors next to the form's fields. */
class InvalidInput extends Error {
  constructor(readonly issues: z.ZodError) {
    super("invalid input");
  }
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // PostgreSQL refuses NUL bytes in text: a field error, not "unexpected" (lib/forms/text-guard.ts).
  const nul = nulCharacterIssues(input);
  if (nul.length) throw new InvalidInput(new z.ZodError(nul));
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error);
  return parsed.data;
}

/**
 * Resolves the session, checks "user.manage", then runs `work` (which validates and writes).
 * Known failures become codes; unknown ones are logged for the operators and shown as a
 * generic message, never as a stack trace or SQL text.
 */
async function asAdmin<T>(work: (actor: Actor) => Promise<T>): Promise<Outcome<T>> {
  try {
    const actor = await getCurrentUser();
    requirePermission(actor, "user.manage");
    return { ok: true, value: await work(actor!) };
  } catch (error) {
    if (isAuthorizationError(error)) return { ok: false, state: { ok: false, message: error.code } };
    if (error instanceof InvalidInput) return { ok: false, state: { ok: false, errors: fieldErrors(error.issues) } };
    if (error instanceof UserMutationError) {
      return {
        ok: false,
        state: error.field ? { ok: false, errors: { [error.field]: [error.code] } } : { ok: false, message: error.code },
      };
    }
    // The database's limits (lib/db/pools.ts) and an outage, as every other form tells them
    // (lib/forms/run-action.ts); the shared "errors" namespace translates these codes.
    if (isBusyError(error)) return { ok: false, state: { ok: false, message: "busy" } };
    if (isStatementTimeout(error)) return { ok: false, state: { ok: false, message: "timeout" } };
    if (isDatabaseUnavailable(error)) return { ok: false, state: { ok: false, message: "unavailable" } };
    console.error("User administration failed", error instanceof Error ? error.message : error);
    return { ok: false, state: { ok: false, message: "unexpected" } };
  }
}

/** Echoes the non-secret fields back so the form is not emptied by a refusal. */
function typedValues(fields: Record<string, unknown>, keep: readonly string[]): Record<string, string> {
  return Object.fromEntries(keep.map((key) => [key, typeof fields[key] === "string" ? (fields[key] as string) : ""]));
}

function targetId(value: unknown): number {
  const parsed = userIdSchema.safeParse(value);
  if (!parsed.success) throw new UserMutationError("notFound");
  return parsed.data;
}

export async function createUserAction(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const fields = formFields(formData, ["email", "name", "role", "regionId", "password", "passwordConfirm"]);
  const outcome = await asAdmin((actor) => createUser(actor, validate(createUserSchema, fields)));
  if (!outcome.ok) return { ...outcome.state, values: typedValues(fields, ["email", "name", "role", "regionId"]) };
  revalidatePath("/admin/users");
  redirect(`/admin/users/${outcome.value.id}?created=1`);
}

export async function changeRoleAction(userId: number, _previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const outcome = await asAdmin((actor) =>
    changeRole(actor, targetId(userId), validate(changeRoleSchema, formFields(formData, ["role", "regionId"]))),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: "roleChanged" };
}

export async function resetPasswordAction(userId: number, _previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const outcome = await asAdmin((actor) =>
    resetPassword(actor, targetId(userId), validate(resetPasswordSchema, formFields(formData, ["password", "passwordConfirm"]))),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: "passwordReset" };
}

export async function setUserActiveAction(userId: number, active: boolean, _previous: UserActionState): Promise<UserActionState> {
  const outcome = await asAdmin((actor) => {
    if (typeof active !== "boolean") throw new UserMutationError("notFound");
    return setUserActive(actor, targetId(userId), active);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: active ? "reactivated" : "deactivated" };
}
