import { describe, expect, it } from "vitest";
import { encodeLocked, parseSignInError, safeCallbackPath } from "@/lib/auth/sign-in-errors";

describe("sign-in error codes", () => {
  it("round-trips the end of a lock, so the form can say 'try again after HH:MM'", () => {
    const until = new Date("2020-10-01T09:15:00Z");
    expect(parseSignInError(encodeLocked(until))).toEqual({ code: "locked", lockedUntil: until });
  });

  it("maps next-auth's and the portal's codes and tolerates garbage", () => {
    expect(parseSignInError(null)).toBeNull();
    expect(parseSignInError("invalid_credentials")).toEqual({ code: "invalidCredentials" });
    expect(parseSignInError("CredentialsSignin")).toEqual({ code: "invalidCredentials" });
    expect(parseSignInError("locked:abc")).toEqual({ code: "locked", lockedUntil: null });
    expect(parseSignInError("<script>")).toEqual({ code: "unknown" });
  });
});

describe("callbackUrl after sign-in", () => {
  it.each([
    ["/projects?region=11", "/projects?region=11"],
    ["http://localhost:3000/admin/users", "/admin/users"],
    ["https://evil.example/phish", "/phish"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/sign-in?callbackUrl=/x", "/"],
    [null, "/"],
  ])("%s -> %s", (input, output) => {
    expect(safeCallbackPath(input)).toBe(output);
  });
});
