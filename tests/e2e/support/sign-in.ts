// Signs a browser context in as a demo account through next-auth's own endpoints (the same
// requests the sign-in form makes), so tests of other pages do not depend on the form's markup.
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import type { Role } from "@/generated/prisma/enums";

export async function signInAs(page: Page, role: Role): Promise<void> {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account with role ${role}`);
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign-in of ${account.email}`).toBe(true);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { role?: string } };
  expect(session.user?.role, `session of ${account.email}`).toBe(role);
}
