// Sign in as each role and see that role's navigation; wrong password; lockout;
// sign-out ends the session; a deactivated user's open session ends on the next request.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ru } from "./support/messages";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { navigationFor } from "@/lib/navigation";
import { SignInPage } from "./pages/SignInPage";
import { withDatabase } from "./support/database";
import type { Role } from "@/generated/prisma/enums";

const account = (email: string) => {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!found) throw new Error(`${email} is not a demo account`);
  return found;
};

async function clearThrottle(email: string) {
  await withDatabase((client) => client.query(`DELETE FROM "SignInThrottle" WHERE email = $1`, [email]));
}

async function sessionOf(page: Page): Promise<{ user?: { role?: string } }> {
  return (await (await page.request.get("/api/auth/session")).json()) as { user?: { role?: string } };
}

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: ru.nav.label });
const allNavLabels = Object.entries(ru.nav).filter(([key]) => key !== "label");

for (const email of ["admin@roadmap.demo", "analyst@roadmap.demo", "deputy@roadmap.demo", "akimat.akmola@roadmap.demo"]) {
  test(`${email} signs in, sees the navigation of their role, and signs out`, async ({ page }) => {
    const { role, name } = account(email);
    await clearThrottle(email);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("signed-in-user")).toContainText(name);
    await expect(page.getByTestId("signed-in-user")).toContainText(ru.admin.roles[role as Role]);

    // Exactly the items lib/navigation.ts gives this role, and no other.
    const expected = new Set(navigationFor(role).map((item) => ru.nav[item.labelKey]));
    const navigation = mainNavigation(page);
    for (const [, label] of allNavLabels) {
      const link = navigation.getByRole("link", { name: label, exact: true });
      if (expected.has(label)) await expect(link, label).toBeVisible();
      else await expect(link, label).toHaveCount(0);
    }

    await signIn.signOut();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await sessionOf(page)).user).toBeUndefined();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test("a signed-out visitor is sent to sign-in and comes back to the page asked for", async ({ page }) => {
  await clearThrottle("admin@roadmap.demo");
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);
  await new SignInPage(page).signIn("admin@roadmap.demo", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: ru.admin.users.title })).toBeVisible();
});

test("a deputy cannot open user administration", async ({ page }) => {
  await clearThrottle("deputy@roadmap.demo");
  const signIn = new SignInPage(page);
  await signIn.open("/sign-in?callbackUrl=/admin/users");
  await signIn.signIn("deputy@roadmap.demo", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: ru.auth.forbiddenTitle })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a wrong password shows an error and no session", async ({ page }) => {
  const email = "analyst@roadmap.demo";
  await clearThrottle(email);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, "not-the-password");
  await expect(signIn.error()).toHaveText(ru.auth.errors.invalidCredentials);
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await sessionOf(page)).user).toBeUndefined();
  await clearThrottle(email);
});

test("after 5 failures the account is locked, even for the right password, with the time to retry", async ({ page }) => {
  // An account no other test signs in with, so the lock cannot disturb them.
  const email = "akimat.almaty@roadmap.demo";
  await clearThrottle(email);
  const signIn = new SignInPage(page);
  await signIn.open();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn.signIn(email, `wrong-${attempt}`);
    await expect(signIn.error()).toHaveText(ru.auth.errors.invalidCredentials);
  }
  const lockMessage = new RegExp(ru.auth.errors.lockedUntil.replace(/[.]/g, "\\.").replace("{time}", "\\d{2}:\\d{2}"));
  await signIn.signIn(email, "wrong-5");
  await expect(signIn.error()).toHaveText(lockMessage);
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(signIn.error()).toHaveText(lockMessage);
  expect((await sessionOf(page)).user).toBeUndefined();
  await clearThrottle(email);
});

test("deactivating a user ends their open session on the next request", async ({ page, browser }) => {
  const email = `e2e.${Date.now()}@roadmap.demo`;
  const password = "e2e-password-2020";
  await clearThrottle("admin@roadmap.demo");
  const admin = new SignInPage(page);
  await admin.open("/sign-in?callbackUrl=/admin/users/new");
  await admin.signIn("admin@roadmap.demo", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: ru.admin.users.newTitle })).toBeVisible();
  await page.getByLabel(ru.admin.fields.email, { exact: true }).fill(email);
  await page.getByLabel(ru.admin.fields.name, { exact: true }).fill("Проверка Деактивации");
  await page.getByLabel(ru.admin.fields.role, { exact: true }).selectOption("ANALYST");
  await page.getByLabel(ru.admin.fields.password, { exact: true }).fill(password);
  await page.getByLabel(ru.admin.fields.passwordConfirm).fill(password);
  await page.getByRole("button", { name: ru.admin.users.create }).click();
  await expect(page.getByRole("status")).toHaveText(ru.admin.messages.created);

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const user = new SignInPage(userPage);
  await user.open();
  await user.signIn(email, password);
  await expect(userPage.getByTestId("signed-in-user")).toContainText("Проверка Деактивации");

  await page.getByRole("button", { name: ru.admin.users.deactivate }).click();
  await expect(page.getByText(ru.admin.messages.deactivated)).toBeVisible();

  // The token in the cookie is still well-formed and unexpired; the database check in
  // getCurrentUser is what refuses it (requireUser sends the visitor to sign-in).
  await userPage.goto("/admin/users");
  await expect(userPage).toHaveURL(/\/sign-in/);
  expect((await sessionOf(userPage)).user).toBeUndefined();
  await userContext.close();
});

test("the sign-in and user administration pages have no serious accessibility violations", async ({ page }) => {
  async function seriousViolations() {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }
  await clearThrottle("admin@roadmap.demo");
  const signIn = new SignInPage(page);
  await signIn.open("/sign-in?callbackUrl=/admin/users");
  await signIn.signIn("admin@roadmap.demo", "wrong-password-shown");
  await expect(signIn.error()).toBeVisible();
  expect(await seriousViolations()).toEqual([]);
  await clearThrottle("admin@roadmap.demo");

  await signIn.signIn("admin@roadmap.demo", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: ru.admin.users.title })).toBeVisible();
  expect(await seriousViolations()).toEqual([]);
  await page.getByRole("link", { name: "admin@roadmap.demo" }).click();
  await expect(page.getByRole("heading", { level: 2, name: ru.admin.users.roleSection })).toBeVisible();
  expect(await seriousViolations()).toEqual([]);
});
