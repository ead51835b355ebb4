import type { Locator, Page } from "@playwright/test";
import type { HeadlineMetric } from "@/lib/dashboard/headline";

/** The dashboard pages: overview, regions (map and table), a region, a district. */
export class DashboardPages {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  figure(metric: HeadlineMetric): Locator {
    return this.page.getByTestId(`headline-${metric}`);
  }

  /** A region on the map: the SVG link of feature KZ-NN. */
  mapRegion(code: string): Locator {
    return this.page.locator(`#map-KZ-${code}`);
  }

  /** A cell of the regions or districts table: row key (region code or district id), figure. */
  placeCell(key: string, metric: HeadlineMetric): Locator {
    return this.page.getByTestId(`place-${key}-${metric}`);
  }

  placeRows(tableId: string): Locator {
    return this.page.locator(`#${tableId} tbody tr`);
  }

  async valueOf(locator: Locator): Promise<number> {
    const raw = await locator.getAttribute("data-value");
    if (raw === null || raw === "") throw new Error("no data-value");
    return Number(raw);
  }

  /** Chooses filter values in the GET form and applies them (the page reloads with them in the URL). */
  async filter(choices: Record<string, string>) {
    for (const [label, value] of Object.entries(choices)) await this.page.getByLabel(label, { exact: true }).selectOption(value);
    await this.page.getByRole("button", { name: "Показать" }).click();
  }
}
