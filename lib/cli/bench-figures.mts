// npx tsx lib/cli/bench-figures.mts [--runs=50] [--connections 10]
// Times the dashboard loaders of lib/summary on the database at DATABASE_URL: each loader alone,
// `runs` times after a warm-up (p50/p95/max), then the three benchmarked pages' loader mixes
// (national overview, regions, one region) driven by `connections` concurrent clients.
// The region is the one with the most projects. Exit codes as every CLI here (lib/cli/run.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs, requireDatabaseUrl, runCli, UsageError } from "./run.ts";

// lib/summary imports "server-only", which resolves to an empty module only under the
// "react-server" condition (as inside Next.js): run ourselves again with it.
if (!process.execArgv.includes("--conditions=react-server")) {
  const child = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

type Timed = { name: string; run: () => Promise<unknown> };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function line(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (ms: number) => ms.toFixed(1).padStart(7);
  return `${name.padEnd(44)} p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted.at(-1) ?? 0)}  ms`;
}

async function time(run: () => Promise<unknown>) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const runs = Number(flags.get("runs") ?? 50);
  const connections = Number(flags.get("connections") ?? 10);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(connections) || connections < 1) {
    throw new UsageError("Usage: npx tsx lib/cli/bench-figures.mts [--runs=50] [--connections 10]");
  }
  requireDatabaseUrl();
  const { prisma } = await import("../db/client.ts");
  const q = await import("../summary/queries.ts");
  try {
    const top = await prisma.$queryRaw<Array<{ id: number; code: string; projects: number }>>`
      SELECT r.id, r.code, count(p.id)::int AS projects FROM "Region" r LEFT JOIN "Project" p ON p."regionId" = r.id
      GROUP BY r.id ORDER BY 3 DESC, r.code LIMIT 1`;
    const region = top[0];
    if (!region) throw new UsageError("The database has no regions: seed it first (npm run db:seed).");
    const counts = await prisma.$queryRaw<Array<{ projects: number; placements: number; multi: number }>>`
      SELECT (SELECT count(*)::int FROM "Project") AS projects, (SELECT count(*)::int FROM "Placement") AS placements,
             (SELECT count(*)::int FROM "MultiProjectMembership") AS multi`;
    const c = counts[0]!;
    console.log(`${c.projects} projects, ${c.placements} placements, ${c.multi} multi-project memberships; region ${region.code} has ${region.projects} projects`);

    const r = { regionId: region.id };
    const loaders: Timed[] = [
      { name: "getFigures national", run: () => q.getFigures() },
      { name: `getFigures region ${region.code}`, run: () => q.getFigures(r) },
      { name: "getFiguresByRegion national", run: () => q.getFiguresByRegion() },
      { name: `getFiguresByRegion region ${region.code}`, run: () => q.getFiguresByRegion(r) },
      { name: `getFiguresByDistrict ${region.code}`, run: () => q.getFiguresByDistrict(region.id) },
      { name: "getMonthlySeries national", run: () => q.getMonthlySeries() },
      { name: `getMonthlySeries region ${region.code}`, run: () => q.getMonthlySeries(r) },
      { name: "getBreakdowns national", run: () => q.getBreakdowns() },
      { name: `getBreakdowns region ${region.code}`, run: () => q.getBreakdowns(r) },
      { name: "getFigures category=SOCIAL", run: () => q.getFigures({ category: "SOCIAL" }) },
      { name: "getFigures source=BOND_LOANS", run: () => q.getFigures({ fundingSource: "BOND_LOANS" }) },
      { name: "getMonthlySeries source=BOND_LOANS", run: () => q.getMonthlySeries({ fundingSource: "BOND_LOANS" }) },
      { name: "getFiguresByRegion category=SOCIAL", run: () => q.getFiguresByRegion({ category: "SOCIAL" }) },
    ];
    console.log(`\nEach loader alone, ${runs} runs after 5 warm-up runs:`);
    for (const loader of loaders) {
      for (let i = 0; i < 5; i++) await loader.run();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await time(loader.run));
      console.log(line(loader.name, samples));
    }

    const pages: Timed[] = [
      { name: "overview page (figures + series)", run: () => Promise.all([q.getFigures(), q.getMonthlySeries()]) },
      { name: "regions page (by region)", run: () => q.getFiguresByRegion() },
      {
        name: `region ${region.code} page (figures + districts + series)`,
        run: () => Promise.all([q.getFigures(r), q.getFiguresByDistrict(region.id), q.getMonthlySeries(r)]),
      },
    ];
    console.log(`\nPage loader mixes, ${connections} concurrent clients, ${runs} requests each:`);
    for (const page of pages) {
      const samples: number[] = [];
      await Promise.all(
        Array.from({ length: connections }, async () => {
          for (let i = 0; i < runs; i++) samples.push(await time(page.run));
        }),
      );
      console.log(line(page.name, samples));
    }
  } finally {
    await prisma.$disconnect();
  }
});
