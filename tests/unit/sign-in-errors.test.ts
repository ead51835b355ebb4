import { describe, expect, it } from "vitest";
import { encodeLocked, parseSignInError, signInErrorStatus } from "@/lib/auth/sign-in-errors";

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

describe("refusals by the sign-in limits and during an outage", () => {
  it("parses the limits' and the outage's codes and gives them their HTTP status", () => {
    expect(parseSignInError("rate_limited")).toEqual({ code: "rateLimited" });
    expect(parseSignInError("busy")).toEqual({ code: "busy" });
    expect(parseSignInError("unavailable")).toEqual({ code: "unavailable" });
    expect([signInErrorStatus("rate_limited"), signInErrorStatus("busy"), signInErrorStatus("unavailable")]).toEqual([429, 429, 503]);
    expect(signInErrorStatus("invalid_credentials")).toBeNull();
    expect(signInErrorStatus(null)).toBeNull();
  });
});
