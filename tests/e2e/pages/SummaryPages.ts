import type { Download, Locator, Page } from "@playwright/test";
import fs from "node:fs/promises";

/** The summary report, its snapshots page, and the inquiries register and inquiry page. */
export class SnapshotsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/summary/snapshots");
  }

  /** Publishes a snapshot and returns its id (the report opens "as of" it). */
  async publish(title: string): Promise<number> {
    await this.page.getByLabel("Название").fill(title);
    await this.page.getByRole("button", { name: "Опубликовать снимок" }).click();
    await this.page.waitForURL(/\/summary\?snapshot=\d+&published=1$/);
    return Number(new URL(this.page.url()).searchParams.get("snapshot"));
  }
}

export class SummaryReportPage {
  constructor(readonly page: Page) {}

  figure(key: string): Locator {
    return this.page.getByTestId(`summary-${key}`);
  }

  async valueOf(key: string): Promise<number> {
    return Number(await this.figure(key).getAttribute("data-value"));
  }
}

export type InquiryFields = { number: string; receivedOn: string; dueOn: string; authors: string; faction: string; subject: string; deputy: string };

export class InquiryPages {
  constructor(readonly page: Page) {}

  /** Registers an incoming inquiry and returns its page's id. */
  async register(fields: InquiryFields): Promise<number> {
    await this.page.goto("/inquiries/new");
    await this.page.getByLabel("Номер запроса").fill(fields.number);
    await this.page.getByLabel("Дата запроса").fill(fields.receivedOn);
    await this.page.getByLabel("Срок ответа").fill(fields.dueOn);
    await this.page.getByLabel("Авторы", { exact: true }).fill(fields.authors);
    await this.page.getByLabel("Фракция").fill(fields.faction);
    await this.page.getByLabel("Предмет запроса").fill(fields.subject);
    await this.page.getByRole("checkbox", { name: fields.deputy }).check();
    await this.page.getByRole("button", { name: "Зарегистрировать" }).click();
    await this.page.waitForURL(/\/inquiries\/\d+$/);
    return Number(this.page.url().split("/").at(-1));
  }

  answerText(): Locator {
    return this.page.getByLabel("Текст ответа");
  }

  async fillFromSnapshot(snapshotId: number, language: string) {
    await this.page.getByLabel("Снимок показателей").selectOption(String(snapshotId));
    await this.page.getByLabel("Язык ответа").selectOption({ label: language });
    await this.page.getByRole("button", { name: "Заполнить текст по снимку" }).click();
  }

  /** Clicks a download link and returns the file's bytes. */
  async download(linkName: string): Promise<{ bytes: Uint8Array; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: linkName }).click()]);
    const file = await download.path();
    return { bytes: new Uint8Array(await fs.readFile(file)), download };
  }
}
