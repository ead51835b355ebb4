// End-to-end tests against a production build (`next start`) in Chromium (lib/cli/chromium.ts).
// The test runner (`npm test`, lib/cli/test.mts) starts the database and the server and passes
// E2E_BASE_URL and DATABASE_URL; without E2E_BASE_URL, Playwright starts `npm start` itself.
import { defineConfig, devices } from "@playwright/test";
import { chromiumArgsFromEnv, resolveChromium } from "./lib/cli/chromium.ts";

const externalServer = process.env.E2E_BASE_URL;
const port = Number(process.env.E2E_PORT ?? 3000);
const baseURL = externalServer ?? `http://127.0.0.1:${port}`;
// `npm test` resolves the browser once and passes CHROMIUM_PATH and CHROMIUM_ARGS (a JSON array of
// the extra arguments that browser needs). Run directly (`npm run test:e2e`), the config resolves it
// itself: CHROMIUM_PATH, else a system Chromium, else the one inside @sparticuz/chromium.
const browser = process.env.CHROMIUM_PATH?.trim()
  ? { path: process.env.CHROMIUM_PATH.trim(), args: chromiumArgsFromEnv(process.env.CHROMIUM_ARGS) }
  : await resolveChromium();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "ru-RU",
    timezoneId: "Asia/Almaty",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Playwright's own browser builds cannot be downloaded here (docs/platform.md): a system
        // Chromium (Debian's) or the npm package's.
        launchOptions: {
          executablePath: browser.path,
          // Without the networking switches Chromium keeps calling hosts this network refuses.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            ...browser.args,
          ],
        },
      },
    },
  ],
  webServer: externalServer
    ? undefined
    : {
        command: "npm start",
        url: baseURL,
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
        env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      },
});
