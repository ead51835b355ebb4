import type { Locator, Page } from "@playwright/test";
import { ru } from "../support/messages";

const fields = ru.projects.fields;

/** The project form (new and edit), in Russian. */
export class ProjectFormPage {
  constructor(readonly page: Page) {}

  field(name: keyof typeof fields): Locator {
    return this.page.getByLabel(fields[name], { exact: true });
  }

  /** The translated errors under a field (its aria-describedby target). */
  errorsOf(name: keyof typeof fields): Locator {
    return this.page.locator(`#project-${name}-errors`);
  }

  status(): Locator {
    return this.page.getByRole("main").getByRole("alert");
  }

  async create() {
    await this.page.getByRole("button", { name: ru.projects.form.create }).click();
  }

  async save() {
    await this.page.getByRole("button", { name: ru.projects.form.save }).click();
  }
}

/** A project's page. */
export class ProjectPage {
  constructor(readonly page: Page) {}

  async open(id: number) {
    await this.page.goto(`/projects/${id}`);
  }

  title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  history(): Locator {
    return this.page.getByTestId("project-history");
  }

  idFromUrl(): number {
    const match = /\/projects\/(\d+)/.exec(this.page.url());
    if (!match) throw new Error(`not a project page: ${this.page.url()}`);
    return Number(match[1]);
  }
}
