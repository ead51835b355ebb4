// A callbackUrl (or any redirect target from a request) never leads off-site. The
// hostile inputs are the ones browsers normalise: TAB/LF/CR are dropped anywhere in a URL and
// "\" means "/", so a prefix check passes them while the browser goes to evil.example.
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/redirect-target";

const ORIGIN = "https://portal.example.kz";

describe("safeRedirectPath", () => {
  it.each([
    ["/projects?region=11", "/projects?region=11"],
    ["/projects/12#history", "/projects/12#history"],
    ["/admin/users", "/admin/users"],
    [`${ORIGIN}/admin/users`, "/admin/users"],
    ["projects", "/projects"],
    ["/a/../admin", "/admin"],
    ["/projects?q=a b", "/projects?q=a%20b"],
  ])("keeps the same-origin target %j as %j", (input, output) => {
    expect(safeRedirectPath(input, ORIGIN)).toBe(output);
  });

  const hostile = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "/\t\\evil.example",
    "\t//evil.example",
    " //evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "https://evil.example/phish",
    "http://portal.example.kz/phish",
    "https://portal.example.kz.evil.example/",
    "https://portal.example.kz@evil.example/",
    "https:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//%65vil.example",
    "/\u3000/evil.example",
    "https://portal.example.kz//evil.example",
    "/sign-in?callbackUrl=/x",
    "/sign-in",
    "",
    "x".repeat(5000),
  ];
  it.each(hostile.map((value) => [JSON.stringify(value).slice(0, 60), value]))("sends %s to /", (_label, input) => {
    const result = safeRedirectPath(input, ORIGIN);
    expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
    expect(result.startsWith("//")).toBe(false);
    expect(result).not.toMatch(/[\t\r\n\\]/);
  });

  it("refuses the classic bypasses outright rather than keeping part of them", () => {
    for (const input of ["/\t/evil.example", "/\n/evil.example", "/\t\\evil.example", "//evil.example", "/\\evil.example", "https://evil.example/phish"]) {
      expect(safeRedirectPath(input, ORIGIN), JSON.stringify(input)).toBe("/");
    }
  });

  it("never returns CR or LF, so the value is safe in a Location header", () => {
    expect(safeRedirectPath("/projects\r\nSet-Cookie: x=1", ORIGIN)).not.toMatch(/[\r\n]/);
    expect(safeRedirectPath("/projects?x=\r\nSet-Cookie:%20x=1", ORIGIN)).not.toMatch(/[\r\n]/);
  });

  it("tolerates anything a query string can carry", () => {
    for (const value of [null, undefined, 42, {}, ["/x"]]) expect(safeRedirectPath(value, ORIGIN)).toBe("/");
    expect(safeRedirectPath("/projects")).toBe("/projects");
    expect(safeRedirectPath("/sign-in", ORIGIN, { allowSignIn: true })).toBe("/sign-in");
  });
});
