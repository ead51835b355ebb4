// The glossary: a deputy, who reads figures and never enters them, follows the footer's link and
// finds every dashboard and report figure defined, and the rules of a submitted month.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { headlineMetrics } from "@/lib/dashboard/headline";
import { FIGURE_KEYS } from "@/lib/reports/figures";
import { ru } from "./support/messages";
import { signInAs } from "./support/sign-in";

test("a deputy opens the glossary from the footer and finds every figure defined", async ({ page }) => {
  await signInAs(page, "DEPUTY");
  await page.goto("/");
  await page.getByRole("link", { name: ru.footer.glossary }).click();
  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.glossary.title);
  await expect(page.getByTestId("glossary-headline").locator("[data-term]")).toHaveCount(headlineMetrics.length);
  await expect(page.getByTestId("glossary-report").locator("[data-term]")).toHaveCount(FIGURE_KEYS.length);
  await expect(page.getByTestId("glossary-report").locator('[data-term="peopleWorking"] dd')).toHaveText(ru.glossary.report.peopleWorking);
  await expect(page.getByTestId("glossary-rules").locator('[data-term="lock"] dd')).toHaveText(ru.glossary.rules.lock);
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);
});
