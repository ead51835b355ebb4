// Issue 3: no page or action of the portal is reachable without a session. proxy.ts redirects
// signed-out visitors, but authorization must not depend on it (Next.js docs), so every page
// resolves the user itself and every route handler checks the session. This test reads every
// route file; tests/e2e/routes.spec.ts requests every route without a session.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listRoutes, PUBLIC_ROUTES } from "../support/routes";

const root = path.resolve(import.meta.dirname, "../..");
/** Actions anyone may call: choosing the interface language (also on the sign-in page). */
const PUBLIC_ACTIONS = ["lib/i18n/actions.ts"];
const SESSION_CHECKS = /\b(requireUser|getCurrentUser|requirePageUser|requireRouteUser|withRouteUser)\s*\(/;

describe("every route checks the session itself", () => {
  const routes = listRoutes().filter((route) => !PUBLIC_ROUTES.includes(route.pattern));

  it("finds the app's routes", () => {
    expect(routes.length).toBeGreaterThan(3);
  });

  for (const route of routes) {
    it(`${route.kind} ${route.pattern} (${route.file})`, () => {
      const source = fs.readFileSync(path.join(root, route.file), "utf8");
      expect(source, `${route.file} must call requireUser()/getCurrentUser() (lib/auth/session.ts)`).toMatch(SESSION_CHECKS);
    });
  }

  it("server actions check the session", () => {
    const actionFiles = listFiles(path.join(root, "lib")).filter((file) => file.endsWith("/actions.ts"));
    for (const file of actionFiles) {
      const source = fs.readFileSync(file, "utf8");
      if (!source.includes('"use server"') || PUBLIC_ACTIONS.includes(path.relative(root, file))) continue;
      expect(source, `${path.relative(root, file)} must resolve the session (runAction, getCurrentUser or requireUser)`).toMatch(
        /\b(runAction|getCurrentUser|requireUser|asAdmin)\s*\(/,
      );
    }
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
