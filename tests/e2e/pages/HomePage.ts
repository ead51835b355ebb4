import { expect, type Locator, type Page } from "@playwright/test";
import type { HeadlineMetric } from "@/lib/dashboard/headline";

/** The home page with the national headline figures. */
export class HomePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  figure(metric: HeadlineMetric): Locator {
    return this.page.getByTestId(`headline-${metric}`);
  }

  /** The card (article) holding one figure, its target and its progress bar. */
  card(metric: HeadlineMetric): Locator {
    return this.page.locator("article", { has: this.figure(metric) });
  }

  target(metric: HeadlineMetric): Locator {
    return this.page.getByTestId(`headline-${metric}-target`);
  }

  /** The raw number behind a figure (data-value), as the page rendered it. */
  async valueOf(locator: Locator): Promise<number> {
    const raw = await locator.getAttribute("data-value");
    if (raw === null) throw new Error("figure without data-value");
    return Number(raw);
  }

  languageGroup(): Locator {
    return this.page.getByRole("banner").getByRole("group");
  }

  /** Switches the interface language with the header's switcher and waits for the new page. */
  async switchLanguage(buttonName: string, expectedLang: string) {
    await this.languageGroup().getByRole("button", { name: buttonName }).click();
    await this.page.locator(`html[lang="${expectedLang}"]`).waitFor();
    // The refreshed page's <head> (title included) may arrive after <html lang>: wait for it too.
    await expect(this.page).toHaveTitle(/\S/);
  }
}
