// npm run bench:import [-- --rows 200000] [--scale 1] [--reread] [--database-url=postgresql://…]
//                      [--connections 4] [--seconds 2] [--throughput-only]
// Measures the spreadsheet import — a 200,000-row placements file of new people, --runs times (3),
// each phase as a multiple of PostgreSQL's own COPY of the same file into an unindexed table in the
// same run (bench-import-floor.ts; targets: dry run ≤ 20×, commit ≤ 40×, median of the runs) —
// and what it does to everyone else while it commits (docs/jobs.md, "An import's commit beside
// other users' saves"): seeds a throwaway embedded database, starts the production server on it
// (`next start`, as bench:dashboard), and runs the import in a child process
// (bench-import-child.ts), which writes a placements CSV of valid IINs for the projects of one
// region and runs the dry run and the commit through the same code as the import page
// (createImportJob → runImportJob → confirmImportJob → runImportJob), without the HTTP layer. Then
// it imports the same file again, which must change nothing.
// This process measures, idle (after the dry run, before the commit: three rounds) and during the
// first commit (rounds repeated until the child reports its end): the p95 of GET /sign-in (the
// floor for pages) and of the analyst's /dashboard, driven by autocannon, and the time of single
// placement saves in another region through the real mutation, each with its floor, a one-row
// INSERT (bench-import-save.ts). It prints during ÷ idle and whether the target held (within 2×).
// With --reread the commits do not use the rows their dry run kept (lib/imports/checked-rows.server.ts)
// and read the file again, as when a dry run is over a day old.
// With --database-url it uses that (already seeded) database instead; it does not clean up
// (beyond dropping the benchmark's own floor table).
// With --throughput-only it only measures rows per second (no web server, no saves).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { DEMO_ACCOUNTS } from "../demo/accounts.ts";
import type { ChildMessage, ParentMessage } from "./bench-import-child.ts";
import type { ImportRun } from "./bench-import-run.ts";
import type { SaveSample, Saver } from "./bench-import-save.ts";
import { cpuDescription, floorTargets, load, median, percentile, signIn, startPortal, warmUp, type Sample, type Target } from "./bench-http.ts";
import { allowServerOnly } from "./server-only.ts";
import { onShutdown, startGroup, type Managed } from "./processes.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

// lib/placements/mutations.ts (the saves) is marked "server-only"; here it runs in Node, as on the server.
allowServerOnly();

const IDLE_ROUNDS = 3;
/** Saves before each page slice of a round. */
const SAVES_PER_SLOT = 2;
/** Fewer responses (per page) or saves than this during the commit and the figures are not judged. */
const MIN_PAGE_SAMPLES = 100;
const MIN_SAVES = 5;
const TARGET_RATIO = 2;
/** Targets of the first import, as multiples of PostgreSQL's COPY of the same rows (median of the runs). */
const DRY_RUN_TARGET = 20;
const COMMIT_TARGET = 40;
const KNOWN_FLAGS = ["rows", "runs", "scale", "reread", "database-url", "connections", "seconds", "throughput-only"];

const cleanups: Array<() => Promise<unknown>> = [];
async function cleanup() {
  while (cleanups.length) {
    await cleanups.pop()!().catch((error: unknown) => console.error(`Cleanup: ${(error as Error).message}`));
  }
}
onShutdown(cleanup);

function number(flags: Map<string, string | true>, name: string, fallback: number, min: number, max: number, whole = false): number {
  const raw = flags.get(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${whole ? "a whole number" : "a number"} from ${min} to ${max}.`);
  }
  return value;
}

// ---- the import's process ----

type Received<T extends ChildMessage["type"]> = { message: Extract<ChildMessage, { type: T }>; at: number };

function startImportChild(url: string, rows: number, reread: boolean, seed: number, again: boolean) {
  const tsx = pathToFileURL(path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const script = path.join(PROJECT_ROOT, "lib", "cli", "bench-import-child.ts");
  const managed: Managed = startGroup(process.execPath, ["--import", tsx, script, "--rows", String(rows), "--seed", String(seed), ...(again ? ["--again"] : []), ...(reread ? ["--reread"] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const inbox: Array<{ message: ChildMessage; at: number }> = [];
  const waiting: Array<{ type: ChildMessage["type"]; resolve: (received: { message: ChildMessage; at: number }) => void; reject: (error: Error) => void }> = [];
  let exit: Error | null = null;
  const deliver = () => {
    for (const waiter of [...waiting]) {
      const index = inbox.findIndex((received) => received.message.type === waiter.type);
      if (index >= 0) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(inbox.splice(index, 1)[0]!);
      } else if (exit) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.reject(exit);
      }
    }
  };
  managed.child.on("message", (message: ChildMessage) => {
    inbox.push({ message, at: performance.now() });
    deliver();
  });
  void managed.exited.then((code) => {
    exit = new Error(`The import process (bench-import-child.ts) exited with code ${code} before it finished.`);
    deliver();
  });
  return {
    managed,
    send(message: ParentMessage) {
      managed.child.send(message);
    },
    next<T extends ChildMessage["type"]>(type: T): Promise<Received<T>> {
      return new Promise((resolve, reject) => {
        waiting.push({ type, resolve: resolve as (received: { message: ChildMessage; at: number }) => void, reject });
        deliver();
      });
    },
  };
}

// ---- measuring ----

type Probe = { base: string; cookie: string; signInPage: Target; dashboard: Target; saver: Saver; connections: number; seconds: number };
/** One round: saves, sign-in page slice, saves, dashboard slice (saves first: they are what a lock would stop). `errors`: autocannon's (connection errors, timeouts) per slice, with the slice's start. */
type Round = { signIn: Sample[]; dashboard: Sample[]; saves: SaveSample[]; errors: Array<{ startedAt: number; page: string; count: number }> };

async function measureRound(probe: Probe, go: () => boolean): Promise<Round> {
  const round: Round = { signIn: [], dashboard: [], saves: [], errors: [] };
  const slice = async (target: Target, into: Sample[]) => {
    if (!go()) return;
    const startedAt = performance.now();
    const driven = await load(probe.base, target, probe.cookie, { connections: probe.connections, seconds: probe.seconds, timeoutSeconds: 30 });
    into.push(...driven.samples);
    if (driven.errors) round.errors.push({ startedAt, page: target.path, count: driven.errors });
  };
  const saves = async () => {
    for (let i = 0; i < SAVES_PER_SLOT && go(); i++) round.saves.push(await probe.saver.sample());
  };
  await saves();
  await slice(probe.signInPage, round.signIn);
  await saves();
  await slice(probe.dashboard, round.dashboard);
  return round;
}

type Window = { from: number; to: number };
const inWindow = (window: Window | null) => (s: { startedAt: number }) => !window || (s.startedAt >= window.from && s.startedAt <= window.to);

type PageFigures = { n: number; failed: number; p95: number; rounds: number[] };
function pageFigures(rounds: Round[], pick: (round: Round) => Sample[], page: string, window: Window | null): PageFigures {
  const per = rounds.map((round) => pick(round).filter(inWindow(window)));
  const all = per.flat();
  const p95 = (samples: Sample[]) => percentile(samples.map((s) => s.ms).sort((a, b) => a - b), 95);
  const errors = rounds.flatMap((round) => round.errors.filter((e) => e.page === page).filter(inWindow(window))).reduce((sum, e) => sum + e.count, 0);
  return {
    n: all.length,
    failed: all.filter((s) => !s.ok).length + errors,
    p95: p95(all),
    rounds: per.filter((samples) => samples.length >= 20).map(p95),
  };
}

type SaveFigures = { n: number; failed: number; median: number; max: number; floorMedian: number; floorMax: number; errors: Map<string, number> };
function saveFigures(rounds: Round[], window: Window | null): SaveFigures {
  const saves = rounds.flatMap((round) => round.saves).filter(inWindow(window));
  const errors = new Map<string, number>();
  for (const s of saves) if (s.error) errors.set(s.error, (errors.get(s.error) ?? 0) + 1);
  return {
    n: saves.length,
    failed: saves.filter((s) => s.error).length,
    median: median(saves.map((s) => s.ms)),
    max: Math.max(0, ...saves.map((s) => s.ms)),
    floorMedian: median(saves.map((s) => s.floorMs)),
    floorMax: Math.max(0, ...saves.map((s) => s.floorMs)),
    errors,
  };
}

// ---- printing ----

const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const times = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
const rounds = (n: number) => `${n} round${n === 1 ? "" : "s"}`;
const spread = (values: number[]) =>
  values.length ? `median ${ms(median(values))}, ${ms(Math.min(...values))}–${ms(Math.max(...values))} (${rounds(values.length)})` : "no round with 20 responses";

function report(probe: Probe, idleRounds: Round[], duringRounds: Round[], window: Window, first: ImportRun, loads: number[]) {
  const figures = (rounds: Round[], w: Window | null) => ({
    signIn: pageFigures(rounds, (r) => r.signIn, probe.signInPage.path, w),
    dashboard: pageFigures(rounds, (r) => r.dashboard, probe.dashboard.path, w),
    saves: saveFigures(rounds, w),
  });
  const idle = figures(idleRounds, null);
  const during = figures(duringRounds, window);
  const seen = (window.to - window.from) / 1000;

  console.log(`\nSpeed during the import (${cpuDescription()}; Node ${process.version})`);
  console.log(`  pages: ${probe.connections} autocannon clients, ${probe.seconds} s slices, signed in as the analyst for ${probe.dashboard.path}`);
  console.log(`  saves: ${SAVES_PER_SLOT} before each page slice, through addPlacement: ${probe.saver.describe}`);
  console.log(`  idle: ${rounds(idleRounds.length)} after the dry run, before the commit; during: ${rounds(duringRounds.length)} while the commit ran`);
  console.log(`  load average (1 min) of this machine: ${loads.map((l) => l.toFixed(2)).join(" before idle, ")} after the commit (other processes count too)`);
  console.log(`  (the commit took ${(first.commitMs / 1000).toFixed(1)} s in its process; ${seen.toFixed(1)} s between its start and end messages here)`);
  const col = (text: string, width: number) => text.padEnd(width);
  const line = (label: string, a: string, b: string, c = "") => console.log(`  ${col(label, 38)} ${col(a, 18)} ${col(b, 18)} ${c}`.trimEnd());
  line("", "idle", "during commit", "during ÷ idle");
  line("GET /sign-in p95 (floor for pages)", ms(idle.signIn.p95), ms(during.signIn.p95), times(during.signIn.p95, idle.signIn.p95));
  line(`GET ${probe.dashboard.path} p95`, ms(idle.dashboard.p95), ms(during.dashboard.p95), times(during.dashboard.p95, idle.dashboard.p95));
  line("  ÷ sign-in p95 (its floor)", times(idle.dashboard.p95, idle.signIn.p95), times(during.dashboard.p95, during.signIn.p95));
  line("  responses (failed)", `${idle.signIn.n}, ${idle.dashboard.n} (${idle.signIn.failed + idle.dashboard.failed})`, `${during.signIn.n}, ${during.dashboard.n} (${during.signIn.failed + during.dashboard.failed})`);
  line("placement save, median", ms(idle.saves.median), ms(during.saves.median), times(during.saves.median, idle.saves.median));
  line("placement save, max", ms(idle.saves.max), ms(during.saves.max), times(during.saves.max, idle.saves.max));
  line("  saves (failed)", `${idle.saves.n} (${idle.saves.failed})`, `${during.saves.n} (${during.saves.failed})`);
  line("floor: INSERT 1 row + COMMIT, median", ms(idle.saves.floorMedian), ms(during.saves.floorMedian), times(during.saves.floorMedian, idle.saves.floorMedian));
  line("floor, max", ms(idle.saves.floorMax), ms(during.saves.floorMax));
  line("  save ÷ floor (medians)", times(idle.saves.median, idle.saves.floorMedian), times(during.saves.median, during.saves.floorMedian));
  console.log(`  per-round p95, sign-in:   idle ${spread(idle.signIn.rounds)}; during ${spread(during.signIn.rounds)}`);
  console.log(`  per-round p95, dashboard: idle ${spread(idle.dashboard.rounds)}; during ${spread(during.dashboard.rounds)}`);
  for (const [error, count] of during.saves.errors) console.log(`  failed save during the commit (${count}×): ${error}`);
  for (const [error, count] of idle.saves.errors) console.log(`  failed save while idle (${count}×): ${error}`);

  // Each figure is judged on its own when it has enough samples during the commit; a failure
  // during the commit is a miss whatever the count (saves blocked by a lock leave little time
  // for the pages, and must still count as what they are).
  const checks = [
    { name: "sign-in p95", n: during.signIn.n, min: MIN_PAGE_SAMPLES, during: during.signIn.p95, idle: idle.signIn.p95 },
    { name: `${probe.dashboard.path} p95`, n: during.dashboard.n, min: MIN_PAGE_SAMPLES, during: during.dashboard.p95, idle: idle.dashboard.p95 },
    { name: "save median", n: during.saves.n, min: MIN_SAVES, during: during.saves.median, idle: idle.saves.median },
  ];
  const unjudged = checks.filter((c) => c.n < c.min);
  const misses = [
    ...checks.filter((c) => c.n >= c.min && c.during > TARGET_RATIO * c.idle).map((c) => `${c.name} ${times(c.during, c.idle)}`),
    during.signIn.failed + during.dashboard.failed > 0 && `${during.signIn.failed + during.dashboard.failed} failed page responses`,
    during.saves.failed > 0 && `${during.saves.failed} of ${during.saves.n} saves failed`,
  ].filter(Boolean);
  const target = `Target during the commit (pages' p95 and the other region's save within ${TARGET_RATIO}× of idle, nothing failed)`;
  const few = unjudged.length
    ? `too few samples during the commit (${seen.toFixed(1)} s) for ${unjudged.map((c) => `${c.name} (${c.n}, need ${c.min})`).join(", ")}: run with more --rows`
    : "";
  if (misses.length) console.log(`${target}: NOT held: ${misses.join("; ")}.${few ? ` Also ${few}.` : ""}`);
  else if (few) console.log(`${target}: not judged: ${few}.`);
  else console.log(`${target}: held.`);
}

function rate(rowsPerSecond: number): string {
  return `${Math.round(rowsPerSecond).toLocaleString("en-US")} rows/s`;
}

/** The quiet runs: each phase as a multiple of its run's COPY floor, medians and spreads, judged on the median ratios. */
function printThroughput(quiet: ReadonlyArray<{ floorMs: number; run: ImportRun }>, again: ImportRun, rows: number) {
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const ratio = (value: number) => `${value.toFixed(1)}×`;
  console.log(`\nFirst imports of ${rows.toLocaleString("en-US")} new people (${cpuDescription()}; Node ${process.version}): ${quiet.length} quiet runs`);
  console.log(`  ${"run".padEnd(5)} ${"COPY floor".padEnd(12)} ${"dry run".padEnd(32)} commit`);
  for (const [i, q] of quiet.entries()) {
    const phase = (ms: number, perSecond: number) => `${seconds(ms)} = ${ratio(ms / q.floorMs)} (${rate(perSecond)})`;
    console.log(`  ${String(i + 1).padEnd(5)} ${seconds(q.floorMs).padEnd(12)} ${phase(q.run.dryRunMs, q.run.dryRunRate).padEnd(32)} ${phase(q.run.commitMs, q.run.commitRate)}`);
  }
  const judged = [
    { name: "dry run", target: DRY_RUN_TARGET, ratios: quiet.map((q) => q.run.dryRunMs / q.floorMs), rates: quiet.map((q) => q.run.dryRunRate) },
    { name: "commit", target: COMMIT_TARGET, ratios: quiet.map((q) => q.run.commitMs / q.floorMs), rates: quiet.map((q) => q.run.commitRate) },
  ];
  for (const j of judged) {
    console.log(
      `  ${j.name}: median ${ratio(median(j.ratios))} the floor (runs ${ratio(Math.min(...j.ratios))}–${ratio(Math.max(...j.ratios))}), ` +
        `median ${rate(median(j.rates))}; target ≤ ${j.target}×: ${median(j.ratios) <= j.target ? "met" : "NOT met"}`,
    );
  }
  console.log(`  COPY floor: median ${seconds(median(quiet.map((q) => q.floorMs)))} (${rate(rows / (median(quiet.map((q) => q.floorMs)) / 1000))})`);
  console.log(`Same file again (last run): dry run ${rate(again.dryRunRate)}, commit ${rate(again.commitRate)}  (${JSON.stringify(again.counts)})`);
}

/**
 * One import in its own process: the file (new people, picked by `seed`) and its COPY floor, the
 * dry run, then the commit — with `probe`, measured idle before it and during it — and, with
 * `again`, the same file imported again.
 */
async function importOnce(url: string, rows: number, reread: boolean, seed: number, again: boolean, probe: Probe | null) {
  const child = startImportChild(url, rows, reread, seed, again);
  cleanups.push(() => child.managed.stop());
  const { message: file } = await child.next("file");
  console.log(
    `Run ${seed + 1}${probe ? " (measured)" : ""}: ${rows.toLocaleString("en-US")} rows, ${(file.bytes / 1e6).toFixed(1)} MB, region ${file.regionCode}, ` +
      `${file.projects} projects, hired ${file.period}; COPY floor ${(file.floorMs / 1000).toFixed(2)} s`,
  );
  if (reread && seed === 0) console.log("Commits read the file again (--reread): the rows their dry run kept are dropped first.");
  await child.next("ready");

  const idle: Round[] = [];
  const loadBeforeIdle = os.loadavg()[0]!;
  if (probe) {
    console.log(`Measuring idle (dry run done, commit not started): ${IDLE_ROUNDS} rounds…`);
    for (let i = 0; i < IDLE_ROUNDS; i++) idle.push(await measureRound(probe, () => true));
  }
  child.send({ type: "commit" });
  const { at: commitStart } = await child.next("commit-start");
  const commit: { end: number | null } = { end: null };
  const ended = child.next("commit-end").then(({ at }) => (commit.end = at));
  ended.catch(() => {}); // a child that dies is reported by next("result") below
  const during: Round[] = [];
  if (probe) {
    console.log("Measuring during the commit (rounds until it ends)…");
    while (commit.end === null && child.managed.child.exitCode === null) during.push(await measureRound(probe, () => commit.end === null));
  }
  const loadAfterCommit = os.loadavg()[0]!;
  const { message: result } = await child.next("result");
  await child.managed.exited;
  return { file, result, idle, during, window: { from: commitStart, to: commit.end ?? performance.now() }, loads: [loadBeforeIdle, loadAfterCommit] };
}

// ---- the benchmark ----

async function main() {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const unknown = [...flags.keys()].filter((name) => !KNOWN_FLAGS.includes(name));
  if (unknown.length || positional.length) {
    throw new UsageError(
      "Usage: npm run bench:import -- [--rows 200000] [--runs 3] [--scale 1] [--reread] [--database-url=postgresql://…] [--connections 4] [--seconds 2] [--throughput-only]",
    );
  }
  const rows = number(flags, "rows", 200_000, 1, 500_000, true);
  const runs = number(flags, "runs", 3, 1, 9, true);
  const scale = number(flags, "scale", 1, 1, 10);
  const connections = number(flags, "connections", 4, 1, 100, true);
  const seconds = number(flags, "seconds", 2, 1, 60, true);
  const given = flags.get("database-url");
  if (given === true) throw new UsageError("Write --database-url=postgresql://…");
  const reread = flags.has("reread");
  const measure = !flags.has("throughput-only");

  try {
    let url: string;
    if (typeof given === "string") url = given;
    else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      fs.chmodSync(dir, 0o777);
      const { startEmbedded } = await import("../db/embedded.ts");
      const server = await startEmbedded({ dataDir: path.join(dir, "pg") });
      cleanups.push(() => server.stop());
      url = server.url;
      const { applyMigrations } = await import("../db/migrate/index.ts");
      const { seedDemo } = await import("../demo/seed.ts");
      await applyMigrations(url);
      console.log(`Seeding a throwaway database at scale ${scale}…`);
      const seeded = await seedDemo(url, { scale, log() {} });
      console.log(`  ${seeded.summary.projects} projects, ${seeded.summary.placements} placements in ${(seeded.timings.totalMs / 1000).toFixed(1)} s`);
      // A production database is kept vacuumed and analyzed by autovacuum; a database loaded a
      // second ago is not (its rows' commit hint bits and visibility map are unset, and the import
      // would pay for setting them while it writes), so the bench measures the import on the state
      // autovacuum would leave.
      const pg = (await import("pg")).default;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const started = performance.now();
      await client.query("VACUUM ANALYZE").finally(() => client.end());
      console.log(`  VACUUM ANALYZE (as autovacuum keeps a live database) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    process.env.DATABASE_URL = url;

    let probe: Probe | null = null;
    if (measure) {
      console.log("Starting the production server (next start) on it…");
      const { web, base } = await startPortal(url);
      cleanups.push(() => web.stop());
      const analyst = DEMO_ACCOUNTS.find((account) => account.role === "ANALYST")!;
      const cookie = await signIn(base, analyst.email);
      const { signInPage } = await floorTargets(base);
      const dashboard: Target = { name: "dashboard", path: "/dashboard", signedIn: true, expect: 'data-testid="headline-peopleEmployed"' };
      await warmUp(base, [signInPage, dashboard], cookie);
      const { otherRegionSaver } = await import("./bench-import-save.ts");
      const saver = await otherRegionSaver(url);
      cleanups.push(async () => {
        await saver.close();
        const { prisma } = await import("../db/client.ts");
        await prisma.$disconnect();
      });
      for (let i = 0; i < 3; i++) {
        const warm = await saver.sample();
        if (warm.error) throw new Error(`A placement save in another region failed before the import: ${warm.error}`);
      }
      probe = { base, cookie, signInPage, dashboard, saver, connections, seconds };
    }

    // Quiet runs for throughput, each a file of new people, each beside its own COPY floor.
    const quiet: Array<{ floorMs: number; run: ImportRun }> = [];
    let again: ImportRun | null = null;
    for (let run = 0; run < runs; run++) {
      const done = await importOnce(url, rows, reread, run, run === runs - 1, null);
      quiet.push({ floorMs: done.file.floorMs, run: done.result.first });
      again = done.result.again ?? again;
    }
    // Then, when measuring, one more import whose commit the pages and saves run beside.
    if (probe) {
      const measured = await importOnce(url, rows, reread, runs, false, probe);
      report(probe, measured.idle, measured.during, measured.window, measured.result.first, measured.loads);
    }
    printThroughput(quiet, again!, rows);
    if (again!.counts.created || again!.counts.updated) throw new Error("Importing the same file again changed rows.");
  } finally {
    await cleanup();
  }
}

// Last, so that every constant above is initialised before main runs (top-level await).
await runCli(main);
