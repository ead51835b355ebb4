// npm run bench:dashboard [-- --seconds 30] [--connections 10] [--scale 10] [--runs 3] [--profile]
// The dashboards' speed check: demo data at scale 10 (78,000 projects, ~2,300,000 placements) in a
// throwaway embedded PostgreSQL, the production build that `npm start` uses (built when missing
// or older than the sources), `next start`, sign-in as the analyst, then autocannon
// drives each page with `connections` clients for `seconds` each: a static asset and the sign-in
// page (the floor), the national overview, the regions page and one region's page, `runs` times
// over (each run drives every page in turn, so a noisy moment touches the floor as much as the
// pages). Prints each run's p50/p95/p99 and errors, then per page the median p95, its spread, and
// the median of its p95 ÷ the sign-in page's p95 in the same run. Targets: that ratio ≤ 1.5, p95
// ≤ 150 ms on this project's machine, no errors — a machine differs, the ratio holds. With --profile
// (or when a page misses the target) the page loaders are timed one by one afterwards
// (lib/cli/profile-dashboard.mts). Everything started is stopped at the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { freePort, startEmbedded, type EmbeddedServer } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate/index.ts";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { DEMO_ACCOUNTS } from "../demo/accounts.ts";
import { cpuDescription, drive, floorTargets, median, signIn, startPortal, warmUp, type Measured, type Target } from "./bench-http.ts";
import { onShutdown, type Managed } from "./processes.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

const TARGET_P95_MS = 150;
/** p95 of a dashboard page ÷ p95 of the sign-in page in the same run. */
const TARGET_RATIO = 1.5;

let database: EmbeddedServer | undefined;
let web: Managed | undefined;
let dataDir: string | undefined;

async function cleanup() {
  await web?.stop();
  await database?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  web = database = dataDir = undefined;
}
onShutdown(cleanup);

function number(flags: Map<string, string | true>, name: string, fallback: number, max: number): number {
  const raw = flags.get(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new UsageError(`--${name} must be a number above 0 and at most ${max}.`);
  return value;
}

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const unknown = [...flags.keys()].filter((name) => !["seconds", "connections", "scale", "runs", "profile"].includes(name));
  if (unknown.length || positional.length) {
    throw new UsageError("Usage: npm run bench:dashboard -- [--seconds 30] [--connections 10] [--scale 10] [--runs 3] [--profile]");
  }
  const runs = Math.round(number(flags, "runs", 3, 20));
  const seconds = number(flags, "seconds", 30, 3600);
  const connections = number(flags, "connections", 10, 1000);
  const scale = number(flags, "scale", 10, 40);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  fs.chmodSync(dataDir, 0o777);
  console.log("Starting a throwaway embedded PostgreSQL…");
  database = await startEmbedded({ dataDir: path.join(dataDir, "pg"), port: await freePort() });
  await applyMigrations(database.url);
  console.log(`Loading demo data at scale ${scale} (a minute or two)…`);
  const { seedDemo } = await import("../demo/seed.ts");
  const seeded = await seedDemo(database.url, { scale, log: (line: string) => console.log(`  ${line}`) });
  console.log(`  ${seeded.summary.projects.toLocaleString("en-US")} projects, ${seeded.summary.placements.toLocaleString("en-US")} placements in ${(seeded.timings.totalMs / 1000).toFixed(0)} s`);

  const portal = await startPortal(database.url);
  web = portal.web;
  const base = portal.base;

  const analyst = DEMO_ACCOUNTS.find((account) => account.role === "ANALYST")!;
  const cookie = await signIn(base, analyst.email);
  const floor = await floorTargets(base);

  // The region with the most projects: the heaviest region page.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const region = (await client.query<{ code: string }>(`SELECT r.code FROM "Region" r JOIN "Project" p ON p."regionId" = r.id GROUP BY r.code ORDER BY count(*) DESC LIMIT 1`)).rows[0]!.code;
  await client.end();

  const targets: Target[] = [
    floor.asset,
    floor.signInPage,
    { name: "national overview", path: "/dashboard", signedIn: true, expect: 'data-testid="headline-peopleEmployed"' },
    { name: "regions", path: "/dashboard/regions", signedIn: true, expect: 'id="map-KZ-11"' },
    { name: `region ${region}`, path: `/dashboard/regions/${region}`, signedIn: true, expect: 'id="districts-table"' },
  ];
  // Warm-up, and proof that each page really renders its figures for the signed-in analyst.
  await warmUp(base, targets, cookie);

  // measured[run][target], in the order of `targets` (floor first).
  const measured: Measured[][] = [];
  for (let run = 1; run <= runs; run++) {
    const round: Measured[] = [];
    for (const target of targets) {
      console.log(`Run ${run}/${runs}: driving ${target.path} with ${connections} clients for ${seconds} s…`);
      round.push(await drive(base, target, cookie, connections, seconds));
    }
    measured.push(round);
  }

  const ms = (value: number) => value.toFixed(1).padStart(7);
  console.log(`\nScale ${scale}, ${connections} concurrent clients, ${seconds} s per page, ${runs} runs (${cpuDescription()}):`);
  console.log(`${"run page".padEnd(28)} ${"requests".padStart(8)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(6)} ${"p95 ÷ sign-in".padStart(13)}`);
  measured.forEach((round, i) => {
    const floorP95 = round[1]!.p95;
    for (const m of round) {
      const ratio = floorP95 > 0 ? `${(m.p95 / floorP95).toFixed(2)}×` : "–";
      console.log(`${`${i + 1} ${m.name}`.padEnd(28)} ${String(m.requests).padStart(8)} ${ms(m.p50)} ${ms(m.p95)} ${ms(m.p99)} ${String(m.errors).padStart(6)} ${ratio.padStart(13)}`);
    }
  });

  console.log(`\n${"page".padEnd(24)} ${"median p95".padStart(10)} ${"min–max p95".padStart(14)} ${"median ratio".padStart(12)} ${"min–max ratio".padStart(14)} ${"errors".padStart(6)}`);
  const summary = targets.map((target, t) => {
    const p95s = measured.map((round) => round[t]!.p95);
    const ratios = measured.map((round) => (round[1]!.p95 > 0 ? round[t]!.p95 / round[1]!.p95 : Number.NaN));
    const errors = measured.reduce((sum, round) => sum + round[t]!.errors, 0);
    return { name: target.name, p95: median(p95s), p95s, ratio: median(ratios), ratios, errors };
  });
  for (const row of summary) {
    const span = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
    console.log(`${row.name.padEnd(24)} ${row.p95.toFixed(1).padStart(10)} ${span(row.p95s, 1).padStart(14)} ${`${row.ratio.toFixed(2)}×`.padStart(12)} ${span(row.ratios, 2).padStart(14)} ${String(row.errors).padStart(6)}`);
  }
  const pages = summary.slice(2);
  const failed = pages.filter((row) => row.ratio > TARGET_RATIO || row.p95 > TARGET_P95_MS || row.errors > 0);
  console.log(
    failed.length
      ? `\nMISSED: ${failed.map((row) => row.name).join(", ")} (targets: median p95 ≤ ${TARGET_RATIO}× the sign-in page's in the same run, ≤ ${TARGET_P95_MS} ms here, no errors).`
      : `\nAll dashboard pages met median p95 ≤ ${TARGET_RATIO}× the sign-in page's (and ≤ ${TARGET_P95_MS} ms) with no errors.`,
  );

  await web.stop();
  web = undefined;
  if (flags.has("profile") || failed.length) {
    console.log("\nTiming the pages' loaders one by one (lib/cli/profile-dashboard.mts)…");
    spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(PROJECT_ROOT, "lib", "cli", "profile-dashboard.mts"), `--region=${region}`], {
      stdio: "inherit",
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: database.url },
    });
  }
  if (failed.length) process.exitCode = 1;
  await cleanup();
});
