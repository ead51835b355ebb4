// npm test — every check the project has, in order: types, lint, unit tests, integration tests
// against a throwaway PostgreSQL, and Playwright end-to-end tests in Chromium against a
// production build served by `next start` over a freshly seeded throwaway database.
//   npm test -- --only unit,e2e     runs a subset
//   npm test -- --only e2e backups  runs the end-to-end specs whose file names match "backups"
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbedded, freePort } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate/index.ts";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { ensureBuild, NEXT_BIN } from "./build.ts";
import { resolveChromium } from "./chromium.ts";
import { run, startGroup } from "./processes.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

const bin = (pkg: string, file: string) => path.join(PROJECT_ROOT, "node_modules", pkg, file);
const testEnv: NodeJS.ProcessEnv = { ...process.env, TZ: "Asia/Almaty", NEXT_TELEMETRY_DISABLED: "1" };
// A test run never writes backups into this machine's real backup folder with its real key.
for (const name of ["BACKUP_DIR", "BACKUP_KEY", "BACKUP_CRON"]) delete testEnv[name];
/** Playwright file filters: the command's positional arguments (`npm test -- --only e2e backups`). */
let e2eFilters: string[] = [];
const node = (args: string[], env: NodeJS.ProcessEnv = testEnv) => run(process.execPath, args, { cwd: PROJECT_ROOT, env });

const steps: Record<string, () => Promise<number>> = {
  types: () => node([bin("typescript", "bin/tsc"), "--noEmit"]),
  lint: () => node([bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."]),
  unit: () => node([bin("vitest", "vitest.mjs"), "run", "--project", "unit"]),
  integration: () => node([bin("vitest", "vitest.mjs"), "run", "--project", "integration"]),
  e2e: endToEnd,
};
// npm test's own self-test (tests/integration/cli-exit-codes.integration.test.ts) adds steps
// that fail on purpose; they are never part of a normal run.
if (process.env.PORTAL_CLI_FIXTURES === "1") Object.assign(steps, (await import("../../tests/fixtures/cli/steps.ts")).fixtureSteps);

async function endToEnd(): Promise<number> {
  // CHROMIUM_PATH, else a system Chromium, else the one inside @sparticuz/chromium (lib/cli/chromium.ts).
  const chromium = await resolveChromium();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
  fs.chmodSync(dataDir, 0o777);
  const database = await startEmbedded({ dataDir: path.join(dataDir, "pg") });
  let web: ReturnType<typeof startGroup> | undefined;
  let worker: ReturnType<typeof startGroup> | undefined;
  try {
    await applyMigrations(database.url);
    const { seedDemo } = await import("../demo/seed.ts");
    // A tenth of the national scale: every screen has realistic data, the suite stays quick.
    await seedDemo(database.url, { scale: 0.1, force: false, log: () => {} });
    const port = await freePort();
    const env = {
      ...testEnv,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
    };
    await ensureBuild(env);
    web = startGroup(process.execPath, [NEXT_BIN, "start", "-p", String(port)], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    // Imports run in the job queue's worker, as under npm start (lib/jobs).
    worker = startGroup(process.execPath, ["--import", "tsx", "lib/cli/worker.mts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
    await waitUntilServing(`http://127.0.0.1:${port}/`);
    return await node([bin("@playwright/test", "cli.js"), "test", ...e2eFilters], {
      ...env,
      E2E_BASE_URL: `http://localhost:${port}`,
      CHROMIUM_PATH: chromium.path,
      CHROMIUM_ARGS: JSON.stringify(chromium.args),
    });
  } finally {
    await Promise.all([web?.stop(), worker?.stop()]);
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function waitUntilServing(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`next start did not answer at ${url}`);
}

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  e2eFilters = positional;
  const only = typeof flags.get("only") === "string" ? String(flags.get("only")).split(",") : Object.keys(steps);
  const results: [string, boolean, number][] = [];
  for (const name of only) {
    const step = steps[name];
    if (!step) throw new UsageError(`Unknown step "${name}"; steps are: ${Object.keys(steps).join(", ")}`);
    console.log(`\n▶ ${name}`);
    const started = Date.now();
    const code = await step().catch((error) => {
      console.error(`Error: ${(error as Error).message}`);
      return 1;
    });
    results.push([name, code === 0, Date.now() - started]);
    if (code !== 0) break; // later steps build on earlier ones
  }
  console.log("\nSummary:");
  for (const [name, ok, ms] of results) console.log(`  ${ok ? "✓" : "✗"} ${name} (${(ms / 1000).toFixed(1)} s)`);
  const failed = results.filter(([, ok]) => !ok).length;
  const skipped = only.length - results.length;
  console.log(`steps: ${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  if (failed) process.exitCode = 1;
});
