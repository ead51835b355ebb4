// Page object of the import pages (/imports and /imports/:id), in Russian.
import { expect, type Download, type Page } from "@playwright/test";
import { ru } from "../support/messages";

export class ImportPages {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/imports");
    await expect(this.page.getByRole("heading", { level: 1, name: ru.imports.title })).toBeVisible();
  }

  /** Clicks a template link and returns the downloaded file's bytes. */
  async downloadTemplate(format: "xlsx" | "csv", kind = ru.imports.kinds.PLACEMENTS): Promise<{ download: Download; bytes: Buffer }> {
    const name = (format === "xlsx" ? ru.imports.upload.templateXlsx : ru.imports.upload.templateCsv).replace("{kind}", kind);
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, bytes: Buffer.concat(chunks) };
  }

  /** Uploads a placements file and waits for its job page to finish the dry run. */
  async upload(name: string, content: string) {
    await this.page.getByRole("radio", { name: ru.imports.kinds.PLACEMENTS }).check();
    await this.page.getByLabel(ru.imports.upload.file).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(`\ufeff${content}`, "utf8") });
    await this.page.getByRole("button", { name: ru.imports.upload.submit }).click();
    await this.page.waitForURL(/\/imports\/\d+$/);
    await expect(this.status()).toHaveAttribute("data-status", /VALIDATED|FAILED/, { timeout: 60_000 });
  }

  status() {
    return this.page.getByTestId("import-status");
  }

  errorRows() {
    return this.page.getByTestId("import-errors").locator("tbody tr");
  }

  count(label: string) {
    return this.page.getByTestId("import-counts").locator("div", { has: this.page.locator("dt", { hasText: label }) }).locator("dd");
  }
}
