// npm run bench:browser [-- --scale 0.1] [--base http://…] [--scripts]
// JavaScript a browser downloads on a first visit to each page, per role: each page opened in a
// fresh Chromium context (empty cache), signed in as that role, scrolled to the bottom, then left
// until the network is idle; the bytes transferred (as sent: gzip) of every script response are
// summed. Targets: ≤ 170 KB on a page without charts or the map, ≤ 250 KB on a page with them
// (detected in the page: a recharts chart or the map's SVG). Starts its own embedded database
// (the demo at --scale, 0.1 by default: the bundles do not depend on the data) and the production
// server (`next start`, built when missing), or measures --base with the demo accounts.
// --scripts also lists, per page, the scripts that not every page loads, with their sizes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../demo/accounts.ts";
import { cpuDescription, signIn, startPortal } from "./bench-http.ts";
import { resolveChromium } from "./chromium.ts";
import { onShutdown } from "./processes.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

const LIGHT_LIMIT = 170 * 1024;
const HEAVY_LIMIT = 250 * 1024;

/** The pages each role works on (docs/roles.md); dynamic ones are found from the demo data. */
const PAGES: Record<string, string[]> = {
  ANALYST: ["/", "/dashboard", "/dashboard/regions", "/dashboard/regions/11", "/dashboard/trends", "/dashboard/quality", "/projects", "/reports", "/checks", "/summary", "/summary/snapshots", "/glossary"],
  AKIMAT: ["/", "/dashboard", "/projects", "/projects/new", "/reports", "/imports"],
  DEPUTY: ["/", "/summary", "/inquiries", "/dashboard"],
  ADMIN: ["/admin/users", "/admin/backups"],
};

const cleanups: Array<() => Promise<unknown>> = [];
onShutdown(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

type Row = { role: string; page: string; scripts: number; bytes: number; heavy: boolean; status: number; files: Map<string, number> };

async function measure(context: BrowserContext, base: string, page: string): Promise<Omit<Row, "role" | "page">> {
  const tab = await context.newPage();
  const sizes: Array<Promise<number>> = [];
  const files = new Map<string, number>();
  tab.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    sizes.push(request.sizes().then((s) => {
      const bytes = s.responseBodySize + s.responseHeadersSize;
      files.set(new URL(request.url()).pathname, bytes);
      return bytes;
    }));
  });
  const response = await tab.goto(`${base}${page}`, { waitUntil: "load" });
  // Scroll the whole page in steps: what loads on scroll (lazy charts) counts.
  await tab.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
  await tab.waitForLoadState("networkidle");
  const heavy = await tab.evaluate(() => Boolean(document.querySelector(".recharts-wrapper, svg[aria-labelledby='map-svg-title']")));
  const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  await tab.close();
  return { scripts: sizes.length, bytes, heavy, status: response?.status() ?? 0, files };
}

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const scale = Number(flags.get("scale") ?? 0.1);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new UsageError("--scale must be a number above 0, at most 10.");
  let base = typeof flags.get("base") === "string" ? (flags.get("base") as string) : "";
  if (!base) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-browser-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.chmodSync(dir, 0o777);
    const { startEmbedded } = await import("../db/embedded.ts");
    const server = await startEmbedded({ dataDir: path.join(dir, "pg") });
    cleanups.push(() => server.stop());
    const { applyMigrations } = await import("../db/migrate/index.ts");
    const { seedDemo } = await import("../demo/seed.ts");
    await applyMigrations(server.url);
    console.log(`Seeding a throwaway database at scale ${scale}…`);
    await seedDemo(server.url, { scale, log() {} });
    console.log("Starting the production server (next start; built when missing)…");
    const portal = await startPortal(server.url);
    cleanups.push(() => portal.web.stop());
    base = portal.base;
  }
  const found = await resolveChromium();
  const browser = await chromium.launch({ executablePath: found.path, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", ...found.args] });
  cleanups.push(() => browser.close());

  const rows: Row[] = [];
  for (const [role, pages] of Object.entries(PAGES)) {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
    const cookies = (await signIn(base, account.email)).split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
    });
    for (const page of pages) {
      // A fresh context per page: an empty cache, as on a first visit.
      const context = await browser.newContext({ locale: "ru-RU", viewport: { width: 1366, height: 768 } });
      await context.addCookies(cookies);
      rows.push({ role, page, ...(await measure(context, base, page)) });
      await context.close();
    }
  }

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nJavaScript transferred on a first visit (gzip, empty cache), ${cpuDescription()}; Node ${process.version}; ${found.source} Chromium`);
  console.log(`  ${"role".padEnd(8)} ${"page".padEnd(24)} ${"status".padEnd(7)} ${"scripts".padEnd(8)} ${"JS".padEnd(10)} limit`);
  const misses: string[] = [];
  for (const row of rows) {
    const limit = row.heavy ? HEAVY_LIMIT : LIGHT_LIMIT;
    const ok = row.bytes <= limit && row.status < 400;
    if (!ok) misses.push(`${row.role} ${row.page}`);
    console.log(`  ${row.role.padEnd(8)} ${row.page.padEnd(24)} ${String(row.status).padEnd(7)} ${String(row.scripts).padEnd(8)} ${kb(row.bytes).padEnd(10)} ${kb(limit)}${row.heavy ? " (charts/map)" : ""}${ok ? "" : "  ✗"}`);
  }
  if (flags.has("scripts")) {
    const everywhere = [...rows[0]!.files.keys()].filter((file) => rows.every((row) => row.files.has(file)));
    console.log(`\n  Loaded by every page: ${kb(everywhere.reduce((sum, file) => sum + rows[0]!.files.get(file)!, 0))} in ${everywhere.length} scripts`);
    for (const row of rows) {
      const own = [...row.files].filter(([file]) => !everywhere.includes(file)).sort((a, b) => b[1] - a[1]);
      if (own.length) console.log(`  ${row.role} ${row.page}: ${own.map(([file, bytes]) => `${path.basename(file)} ${kb(bytes)}`).join(", ")}`);
    }
  }
  console.log(misses.length ? `Target (≤ 170 KB, ≤ 250 KB with charts or the map): NOT met on ${misses.length} of ${rows.length} pages.` : `Target (≤ 170 KB, ≤ 250 KB with charts or the map): met on all ${rows.length} pages.`);
}

await runCli(async () => {
  try {
    await main();
  } finally {
    while (cleanups.length) await cleanups.pop()!().catch(() => {});
  }
});
