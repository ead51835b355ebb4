// npx tsx lib/cli/profile-dashboard.mts [--region=NN] [--runs=30]
// Times every loader the three benchmarked dashboard pages call, one at a time on an idle
// database (DATABASE_URL), so that a slow page can be traced to its slow loader. Run by
// bench:dashboard with --profile or when a page misses its target.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs, requireDatabaseUrl, runCli, UsageError } from "./run.ts";

// The loaders import "server-only", an empty module only under the "react-server" condition
// (as inside Next.js): run ourselves again with it.
if (!process.execArgv.includes("--conditions=react-server")) {
  const child = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const runs = Number(flags.get("runs") ?? 30);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError("--runs must be a whole number above 0.");
  requireDatabaseUrl();
  const { prisma } = await import("../db/client.ts");
  const summary = await import("../summary/queries.ts");
  const dashboard = await import("../dashboard/queries.ts");
  const views = await import("../dashboard/views.ts");
  const { findActiveSessionUser } = await import("../auth/queries.ts");
  const { mapGeometry } = await import("../dashboard/map-geometry.ts");
  try {
    const code = String(flags.get("region") ?? "11");
    const region = await dashboard.findRegionByCode(code);
    if (!region) throw new UsageError(`No region with code ${code}.`);
    const analyst = await prisma.user.findFirst({ where: { role: "ANALYST" }, select: { id: true, sessionVersion: true } });
    if (!analyst) throw new Error("No analyst account in the database.");
    const actor = { id: analyst.id, role: "ANALYST" as const, regionId: null };
    const loaders: Array<[string, () => Promise<unknown>]> = [
      ["session user (every page)", () => findActiveSessionUser(analyst)],
      ["getFilterOptions (every page)", () => dashboard.getFilterOptions()],
      ["getTargetRows", () => dashboard.getTargetRows()],
      ["summary.getFigures({})", () => summary.getFigures({})],
      ["summary.getMonthlySeries({})", () => summary.getMonthlySeries({})],
      ["views.getLateReports (overview)", () => views.getLateReports(actor, "ru")],
      ["views.getOverview({}) (overview)", () => views.getOverview({})],
      ["summary.getFiguresByRegion({})", () => summary.getFiguresByRegion({})],
      ["views.getRegionRows({}) (regions)", () => views.getRegionRows({}, "ru")],
      ["mapGeometry (regions, cached)", async () => mapGeometry()],
      [`summary.getFigures(region ${code})`, () => summary.getFigures({ regionId: region.id })],
      [`summary.getMonthlySeries(region ${code})`, () => summary.getMonthlySeries({ regionId: region.id })],
      [`summary.getFiguresByDistrict(${code})`, () => summary.getFiguresByDistrict(region.id, {})],
      [`views.getOverview(region ${code})`, () => views.getOverview({ regionId: region.id })],
      [`views.getDistrictRows(${code})`, () => views.getDistrictRows(region, { regionId: region.id }, "ru", "-")],
    ];
    console.log(`${"loader".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
    for (const [name, load] of loaders) {
      await load();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await load();
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      const f = (ms: number) => ms.toFixed(1).padStart(8);
      console.log(`${name.padEnd(40)} ${f(percentile(samples, 50))} ${f(percentile(samples, 95))} ${f(samples.at(-1) ?? 0)}`);
    }
  } finally {
    await prisma.$disconnect();
  }
});
