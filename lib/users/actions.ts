"use server";
// Server actions of user administration: session, permission, validation, mutation,
// revalidation — the only place a request becomes a write (docs/code-style.md). The common shell
// (lib/forms/run-action.ts) turns known failures into codes that the forms translate
// ("admin.errors.*", then the shared "errors.*"; successes "admin.messages.*").
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/permissions";
import { runAction, validate } from "@/lib/forms/run-action";
import { formFields } from "@/lib/forms/state";
import { changeRole, createUser, resetPassword, setUserActive, userRefusal } from "./mutations";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userIdSchema, type UserActionState } from "./schema";

/** Echoes the non-secret fields back so the form is not emptied by a refusal. */
function typedValues(fields: Record<string, unknown>, keep: readonly string[]): Record<string, string> {
  return Object.fromEntries(keep.map((key) => [key, typeof fields[key] === "string" ? (fields[key] as string) : ""]));
}

/** The account an action is bound to; an id that is no id names no account. */
function targetId(value: unknown): number {
  const parsed = userIdSchema.safeParse(value);
  if (!parsed.success) throw userRefusal("notFound");
  return parsed.data;
}

export async function createUserAction(_previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const fields = formFields(formData, ["email", "name", "role", "regionId", "password", "passwordConfirm"]);
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "user.manage");
    return createUser(actor, validate(createUserSchema, fields));
  });
  if (!outcome.ok) return { ...outcome.state, values: typedValues(fields, ["email", "name", "role", "regionId"]) };
  revalidatePath("/admin/users");
  redirect(`/admin/users/${outcome.value.id}?created=1`);
}

export async function changeRoleAction(userId: number, _previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "user.manage");
    return changeRole(actor, targetId(userId), validate(changeRoleSchema, formFields(formData, ["role", "regionId"])));
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: "roleChanged" };
}

export async function resetPasswordAction(userId: number, _previous: UserActionState, formData: FormData): Promise<UserActionState> {
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "user.manage");
    return resetPassword(actor, targetId(userId), validate(resetPasswordSchema, formFields(formData, ["password", "passwordConfirm"])));
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: "passwordReset" };
}

export async function setUserActiveAction(userId: number, active: boolean, _previous: UserActionState): Promise<UserActionState> {
  const outcome = await runAction(async (actor) => {
    requirePermission(actor, "user.manage");
    if (typeof active !== "boolean") throw userRefusal("notFound");
    return setUserActive(actor, targetId(userId), active);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: active ? "reactivated" : "deactivated" };
}
