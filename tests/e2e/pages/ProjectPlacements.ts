import type { Locator, Page } from "@playwright/test";
import { ru } from "../support/messages";

/** The "Workers" section of a project page and its add-worker form (Russian labels). */
export class ProjectPlacements {
  constructor(readonly page: Page) {}

  async open(projectId: number) {
    await this.page.goto(`/projects/${projectId}`);
  }

  section(): Locator {
    return this.page.getByTestId("project-placements");
  }

  count(key: "people" | "referredPeople" | "youthPeople" | "workingNow" | "placements"): Locator {
    return this.section().locator(`[data-count="${key}"]`);
  }

  form(): Locator {
    return this.page.getByRole("form", { name: ru.placements.add.title });
  }

  field(name: keyof typeof ru.placements.fields): Locator {
    return this.form().getByLabel(ru.placements.fields[name], { exact: true });
  }

  preview(): Locator {
    return this.form().getByTestId("iin-preview");
  }

  async submit() {
    await this.form().getByRole("button", { name: ru.placements.add.submit, exact: true }).click();
  }

  status(): Locator {
    return this.form().getByRole("status");
  }

  rows(): Locator {
    return this.section().getByTestId("placement-row");
  }

  /** The table row of a worker, by full name. */
  row(fullName: string): Locator {
    return this.rows().filter({ hasText: fullName });
  }

  /** Ends a worker's placement on `day` ("YYYY-MM-DD") with the row's own end form. */
  async end(fullName: string, day: string) {
    const row = this.row(fullName);
    await row.getByLabel(`${ru.placements.end.label}: ${fullName}`).fill(day);
    await row.getByRole("button", { name: ru.placements.end.submit }).click();
  }
}
