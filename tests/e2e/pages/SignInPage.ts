import type { Locator, Page } from "@playwright/test";
import { ru } from "../support/messages";

/** The sign-in page (Russian, the default language). */
export class SignInPage {
  constructor(readonly page: Page) {}

  async open(path = "/sign-in") {
    await this.page.goto(path);
  }

  email(): Locator {
    return this.page.getByLabel(ru.auth.email);
  }

  password(): Locator {
    return this.page.getByLabel(ru.auth.password, { exact: true });
  }

  /** The form's error (Next.js has its own, empty, route announcer with role="alert"). */
  error(): Locator {
    return this.page.getByRole("main").getByRole("alert");
  }

  async signIn(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.page.getByRole("button", { name: ru.auth.signIn, exact: true }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: ru.auth.signOut }).click();
  }
}
