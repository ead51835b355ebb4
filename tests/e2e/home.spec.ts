// The home page shows the seeded national figures in Russian, switching to Kazakh and
// English changes the labels, and the figures equal counts taken straight from the database.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { figureOf, headlineMetrics } from "@/lib/dashboard/headline";
import { HomePage } from "./pages/HomePage";
import { nationalFiguresFromDatabase, nationalTargetsFromDatabase } from "./support/database";
import { signInAs } from "./support/sign-in";

// The home page is behind sign-in; an analyst sees the national figures.
test.beforeEach(async ({ page }) => {
  await signInAs(page, "ANALYST");
});

test("the home page shows the national figures from the database, in Russian", async ({ page }) => {
  const home = new HomePage(page);
  const [expected, targets] = await Promise.all([nationalFiguresFromDatabase(), nationalTargetsFromDatabase()]);
  expect(expected.projects, "the database under test holds demo data").toBeGreaterThan(0);

  await home.open();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(home.heading()).toHaveText("Ключевые показатели по республике");
  await expect(page.getByRole("heading", { name: "Трудоустроено человек" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Из них по направлениям центров занятости" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Молодёжь среди направленных центрами занятости" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Молодёжь среди всех трудоустроенных" })).toBeVisible();
  await expect(page.getByTestId("headline-as-of")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);

  for (const metric of headlineMetrics) {
    const figure = home.figure(metric);
    expect(await home.valueOf(figure), metric).toBe(expected[metric]);
    // Russian number format: a (no-break) space between thousands, as in "196 000".
    await expect(figure).toHaveText(new Intl.NumberFormat("ru").format(expected[metric]));
    const measuredBy = figureOf(metric).target;
    const target = measuredBy === null ? undefined : targets.get(measuredBy);
    if (target === undefined) continue;
    expect(await home.valueOf(home.target(metric)), `${metric} target`).toBe(target);
    const bar = home.card(metric).getByRole("progressbar");
    await expect(bar).toHaveAttribute("aria-valuemax", String(target));
    await expect(bar).toHaveAttribute("aria-valuenow", String(Math.min(expected[metric], target)));
  }
});

test("switching to Kazakh and to English changes the labels and keeps the figures", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const projects = await home.valueOf(home.figure("projects"));
  await expect(home.languageGroup().getByRole("button", { name: "Русский" })).toHaveAttribute("aria-current", "true");

  await home.switchLanguage("Қазақша", "kk");
  await expect(home.heading()).toHaveText("Республика бойынша негізгі көрсеткіштер");
  await expect(page.getByRole("heading", { name: "Жұмысқа орналасқан адамдар" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Негізгі навигация" });
  await expect(nav.getByRole("link", { name: "Басты бет", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Өңірлер", exact: true })).toBeVisible();
  await expect(home.languageGroup().getByRole("button", { name: "Қазақша" })).toHaveAttribute("aria-current", "true");
  expect(await home.valueOf(home.figure("projects"))).toBe(projects);

  // The choice is a cookie: it survives a reload and a new visit.
  await page.reload();
  await expect(home.heading()).toHaveText("Республика бойынша негізгі көрсеткіштер");

  await home.switchLanguage("English", "en");
  await expect(home.heading()).toHaveText("National headline figures");
  await expect(page.getByRole("heading", { name: "People employed", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Young people among all people employed" })).toBeVisible();
  await expect(home.figure("projects")).toHaveText(new Intl.NumberFormat("en").format(projects));

  await home.switchLanguage("Русский", "ru");
  await expect(home.heading()).toHaveText("Ключевые показатели по республике");
});

for (const [language, button] of [["ru", null], ["kk", "Қазақша"]] as const) {
  test(`the home page has no serious accessibility violations (${language})`, async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    if (button) await home.switchLanguage(button, language);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}
