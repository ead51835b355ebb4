import type { Locator, Page } from "@playwright/test";
import { ru } from "../support/messages";

const t = ru.reports;

/** The list of monthly reports: analysts' regions × months table, or an akimat's months. */
export class ReportsListPage {
  constructor(readonly page: Page) {}

  async open(year?: number) {
    await this.page.goto(year ? `/reports?year=${year}` : "/reports");
  }

  /** An analyst's cell for a region (KATO code) and month ("YYYY-MM"). */
  matrixCell(regionCode: string, month: string): Locator {
    return this.page.getByTestId("reports-matrix").locator(`tr[data-region="${regionCode}"] td[data-month="${month}"]`);
  }

  /** An akimat's row for a month. */
  ownRow(month: string): Locator {
    return this.page.getByTestId("region-reports").locator(`tr[data-month="${month}"]`);
  }
}

/** One region's report for one month. */
export class ReportPage {
  constructor(readonly page: Page) {}

  async open(regionCode: string, month: string) {
    await this.page.goto(`/reports/${regionCode}/${month}`);
  }

  status(): Locator {
    return this.page.getByTestId("report-status");
  }

  deadlineText(): Locator {
    return this.page.getByTestId("deadline-text");
  }

  done(): Locator {
    return this.page.getByTestId("report-done");
  }

  figure(key: string, column: "live" | "frozen" = "live"): Locator {
    return this.page.getByTestId("report-figures").locator(`tr[data-figure="${key}"] td[data-column="${column}"]`);
  }

  async figureValue(key: string, column: "live" | "frozen" = "live"): Promise<number> {
    return Number(await this.figure(key, column).getAttribute("data-value"));
  }

  submitForm(): Locator {
    return this.page.getByTestId("submit-report-form");
  }

  reviewForm(): Locator {
    return this.page.getByTestId("review-report-form");
  }

  returnComment(): Locator {
    return this.page.getByTestId("return-comment");
  }

  async submit(adjacentIndustryJobs: number, comment: string) {
    await this.page.getByLabel(t.submit.adjacentLabel).fill(String(adjacentIndustryJobs));
    await this.page.getByLabel(t.submit.commentLabel).fill(comment);
    await this.page.getByRole("button", { name: t.submit.button }).click();
  }

  async returnWith(comment: string) {
    await this.page.getByLabel(t.review.commentLabel).fill(comment);
    await this.page.getByRole("button", { name: t.review.return }).click();
  }

  async approve() {
    await this.page.getByRole("button", { name: t.review.approve }).click();
  }
}
