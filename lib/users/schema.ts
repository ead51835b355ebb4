// Validation of the user administration forms. Shared by the browser and the server
// actions; no server-only imports. Error messages are CODES, translated by the forms from the
// "admin.errors" namespace of messages/*.json.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { roles } from "@/lib/auth/permissions";
import type { ActionState } from "@/lib/forms/state";

export const ROLES = roles;
export type UserRole = (typeof ROLES)[number];

const email = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "invalidEmail" }));

const name = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "tooLong" });

const role = z.enum(ROLES, { error: "invalidRole" });

/** A <select> sends "" for "no region". */
const regionId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  z.coerce.number({ error: "unknownRegion" }).int({ error: "unknownRegion" }).positive({ error: "unknownRegion" }).nullable(),
);

const password = z
  .string({ error: "required" })
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
  .max(MAX_PASSWORD_LENGTH, { error: "tooLong" });

type RoleAndRegion = { role: UserRole; regionId: number | null };

/**
 * An akimat account is bound to exactly one region (it edits that region's records); the other
 * roles work nationally and have none, so a region sent for them is dropped.
 */
function regionMatchesRole<T extends RoleAndRegion>(value: T, ctx: z.RefinementCtx): void {
  if (value.role === "AKIMAT" && value.regionId === null) {
    ctx.addIssue({ code: "custom", path: ["regionId"], message: "regionRequired" });
  }
}
function dropRegionUnlessAkimat<T extends RoleAndRegion>(value: T): T {
  return value.role === "AKIMAT" ? value : { ...value, regionId: null };
}

function confirmMatches(value: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx): void {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
  }
}

export const createUserSchema = z
  .object({ email, name, role, regionId, password, passwordConfirm: z.string({ error: "required" }) })
  .superRefine((value, ctx) => {
    regionMatchesRole(value, ctx);
    confirmMatches(value, ctx);
  })
  .transform(({ passwordConfirm: _confirm, ...rest }) => dropRegionUnlessAkimat(rest));
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z
  .object({ role, regionId })
  .superRefine(regionMatchesRole)
  .transform(dropRegionUnlessAkimat);
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const resetPasswordSchema = z
  .object({ password, passwordConfirm: z.string({ error: "required" }) })
  .superRefine(confirmMatches)
  .transform(({ password: value }) => ({ password: value }));
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** A region an akimat account can be bound to, named in the reader's language. */
export type RegionOption = { id: number; code: string; name: string };

export const userIdSchema = z.coerce.number().int().positive();

export type UserFormField = "email" | "name" | "role" | "regionId" | "password" | "passwordConfirm";

/** The state a user administration action returns to useActionState (lib/forms/state.ts). */
export type UserActionState = ActionState<UserFormField>;

export const initialUserActionState: UserActionState = { ok: false };

/** zod issues -> { field: [codes] }, as every form shows them (lib/forms/state.ts). */
export { fieldErrors } from "@/lib/forms/state";
