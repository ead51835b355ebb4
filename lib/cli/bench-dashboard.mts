// npm run bench:dashboard [-- --seconds 30] [--connections 10] [--scale 10] [--profile]
// Issue 5's speed check: demo data at scale 10 (66,000 projects, ~2,000,000 placements) in a
// throwaway embedded PostgreSQL, the production build that `npm start` uses (built when missing
// or older than the sources), `next start`, sign-in as the analyst, then autocannon
// drives each page with `connections` clients for `seconds` each: a static asset and the sign-in
// page (the floor), the national overview, the regions page and one region's page. Prints
// p50/p95/p99 latency and errors per page; target p95 ≤ 150 ms and no errors. With --profile
// (or when a page misses the target) the page loaders are timed one by one afterwards
// (lib/cli/profile-dashboard.mts). Everything started is stopped at the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import autocannon from "autocannon";
import { freePort, startEmbedded, type EmbeddedServer } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate/index.ts";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo/accounts.ts";
import { ensureBuild, NEXT_BIN } from "./build.ts";
import { portalEnv } from "./env.ts";
import { onShutdown, startGroup, type Managed } from "./processes.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

const TARGET_P95_MS = 150;

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

async function waitForHttp(url: string, server: Managed) {
  for (let i = 0; i < 600; i++) {
    if (server.child.exitCode !== null) throw new Error("The web server exited during start-up.");
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web server did not answer at ${url}.`);
}

/** next-auth's own sign-in requests (csrf, then the credentials callback); returns the cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  keep(callback);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) throw new Error(`Sign-in of ${email} failed (HTTP ${callback.status}).`);
  return header();
}

type Target = { name: string; path: string; signedIn: boolean; expect?: string };
type Measured = { name: string; path: string; requests: number; p50: number; p95: number; p99: number; errors: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** autocannon's summary has no p95, so every response time is kept and the percentiles taken here. */
async function drive(base: string, target: Target, cookie: string, connections: number, seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base + target.path, connections, duration: seconds, headers: target.signedIn ? { cookie } : {} },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    path: target.path,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + non2xx,
  };
}

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const unknown = [...flags.keys()].filter((name) => !["seconds", "connections", "scale", "profile"].includes(name));
  if (unknown.length || positional.length) {
    throw new UsageError("Usage: npm run bench:dashboard -- [--seconds 30] [--connections 10] [--scale 10] [--profile]");
  }
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

  const port = await freePort();
  const env = portalEnv(database.url, port);
  await ensureBuild(env);
  web = startGroup(process.execPath, [NEXT_BIN, "start", "-p", String(port)], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/sign-in`, web);

  const analyst = DEMO_ACCOUNTS.find((account) => account.role === "ANALYST")!;
  const cookie = await signIn(base, analyst.email);
  const signInHtml = await (await fetch(`${base}/sign-in`)).text();
  const asset = /(\/_next\/static\/[^"']+\.css)/.exec(signInHtml)?.[1];
  if (!asset) throw new Error("No static stylesheet found on the sign-in page.");

  // The region with the most projects: the heaviest region page.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const region = (await client.query<{ code: string }>(`SELECT r.code FROM "Region" r JOIN "Project" p ON p."regionId" = r.id GROUP BY r.code ORDER BY count(*) DESC LIMIT 1`)).rows[0]!.code;
  await client.end();

  const targets: Target[] = [
    { name: "static asset (floor)", path: asset, signedIn: false },
    { name: "sign-in page (floor)", path: "/sign-in", signedIn: false },
    { name: "national overview", path: "/dashboard", signedIn: true, expect: 'data-testid="headline-peopleEmployed"' },
    { name: "regions", path: "/dashboard/regions", signedIn: true, expect: 'id="map-KZ-11"' },
    { name: `region ${region}`, path: `/dashboard/regions/${region}`, signedIn: true, expect: 'id="districts-table"' },
  ];
  // Warm-up, and proof that each page really renders its figures for the signed-in analyst.
  for (const target of targets) {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(base + target.path, { headers: target.signedIn ? { cookie } : {}, redirect: "manual" });
      const body = await response.text();
      if (response.status !== 200 || (target.expect && !body.includes(target.expect))) {
        throw new Error(`${target.path} answered ${response.status} without the expected content.`);
      }
    }
  }

  const measured: Measured[] = [];
  for (const target of targets) {
    console.log(`Driving ${target.path} with ${connections} clients for ${seconds} s…`);
    measured.push(await drive(base, target, cookie, connections, seconds));
  }

  console.log(`\nScale ${scale}, ${connections} concurrent clients, ${seconds} s per page (${os.cpus().length} CPU cores):`);
  console.log(`${"page".padEnd(24)} ${"requests".padStart(8)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(6)}`);
  for (const m of measured) {
    const ms = (value: number) => value.toFixed(1).padStart(7);
    console.log(`${m.name.padEnd(24)} ${String(m.requests).padStart(8)} ${ms(m.p50)} ${ms(m.p95)} ${ms(m.p99)} ${String(m.errors).padStart(6)}`);
  }
  const pages = measured.slice(2);
  const failed = pages.filter((m) => m.p95 > TARGET_P95_MS || m.errors > 0);
  console.log(failed.length ? `\nMISSED: ${failed.map((m) => m.name).join(", ")} (target p95 ≤ ${TARGET_P95_MS} ms, no errors).` : `\nAll dashboard pages met p95 ≤ ${TARGET_P95_MS} ms with no errors.`);

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
