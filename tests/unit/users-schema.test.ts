import { describe, expect, it } from "vitest";
import { changeRoleSchema, createUserSchema, fieldErrors, resetPasswordSchema } from "@/lib/users/schema";

const valid = {
  email: "  Akimat.Karaganda@Roadmap.Demo ",
  name: "Карагандинская область",
  role: "AKIMAT",
  regionId: "9",
  password: "correct-horse-battery",
  passwordConfirm: "correct-horse-battery",
};

function errorsOf(result: ReturnType<typeof createUserSchema.safeParse>) {
  return result.success ? {} : fieldErrors(result.error);
}

describe("createUserSchema", () => {
  it("normalises the e-mail and keeps the region of an akimat", () => {
    const result = createUserSchema.parse(valid);
    expect(result).toEqual({ email: "akimat.karaganda@roadmap.demo", name: valid.name, role: "AKIMAT", regionId: 9, password: valid.password });
    expect(result).not.toHaveProperty("passwordConfirm");
  });

  it("requires a region for an akimat and drops it for national roles", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...valid, regionId: "" }))).toEqual({ regionId: ["regionRequired"] });
    expect(createUserSchema.parse({ ...valid, role: "ANALYST" }).regionId).toBeNull();
  });

  it("names the offending field with a code", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...valid, email: "not-an-email" }))).toEqual({ email: ["invalidEmail"] });
    expect(errorsOf(createUserSchema.safeParse({ ...valid, password: "short", passwordConfirm: "short" }))).toEqual({ password: ["passwordTooShort"] });
    expect(errorsOf(createUserSchema.safeParse({ ...valid, passwordConfirm: "something-else-entirely" }))).toEqual({ passwordConfirm: ["passwordMismatch"] });
    expect(errorsOf(createUserSchema.safeParse({ ...valid, role: "ROOT" }))).toMatchObject({ role: ["invalidRole"] });
    expect(errorsOf(createUserSchema.safeParse({ ...valid, name: "   " }))).toEqual({ name: ["required"] });
  });

  it("accepts exactly 12 characters and refuses 11", () => {
    expect(createUserSchema.safeParse({ ...valid, password: "a".repeat(12), passwordConfirm: "a".repeat(12) }).success).toBe(true);
    expect(createUserSchema.safeParse({ ...valid, password: "a".repeat(11), passwordConfirm: "a".repeat(11) }).success).toBe(false);
  });
});

describe("changeRoleSchema and resetPasswordSchema", () => {
  it("work like the create form", () => {
    expect(changeRoleSchema.parse({ role: "DEPUTY", regionId: "3" })).toEqual({ role: "DEPUTY", regionId: null });
    expect(changeRoleSchema.safeParse({ role: "AKIMAT", regionId: "" }).success).toBe(false);
    expect(resetPasswordSchema.parse({ password: "a-long-new-password", passwordConfirm: "a-long-new-password" })).toEqual({ password: "a-long-new-password" });
  });
});
