// npm run db:seed [-- --scale N] [--force] — loads the demo data into DATABASE_URL.
// Refuses a database that already holds data unless --force (which replaces all of it).
// Exit codes: 0 loaded, 1 refused or failed, 2 bad arguments or environment.
import { printDemoAccounts } from "./accounts.ts";
import { parseArgs, requireDatabaseUrl, runCli, UsageError } from "./run.ts";

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const unknown = [...flags.keys()].filter((name) => name !== "scale" && name !== "force");
  if (unknown.length || positional.length) throw new UsageError(`Unknown argument ${unknown.length ? `--${unknown[0]}` : positional[0]}. Usage: npm run db:seed -- [--scale N] [--force]`);
  const scale = parseScale(flags.get("scale"));
  const force = flags.get("force") === true;
  const url = requireDatabaseUrl();

  const { seedDemo } = await import("../demo/seed.ts");
  console.log(`Loading demo data at scale ${scale}${force ? ", replacing what the database holds" : ""}…`);
  const result = await seedDemo(url, { scale, force, log: (line: string) => console.log(`  ${line}`) });
  const s = result.summary;
  const n = (value: number) => value.toLocaleString("en-US");
  console.log(
    [
      `Loaded in ${(result.timings.totalMs / 1000).toFixed(1)} s (generation ${result.timings.generateMs} ms, load ${result.timings.loadMs} ms).`,
      `  projects ${n(s.projects)}, of them commissioned ${n(s.objectsCommissioned)}`,
      `  people employed ${n(s.workers)} (placements ${n(s.placements)}), referred by employment centres ${n(s.referred)}`,
      `  youth among the referred ${n(s.youthAmongReferred)}, youth among all ${n(s.youthAmongAll)}`,
      `  permanent jobs ${n(s.permanentJobs)} (filled ${n(s.permanentJobsFilled)}), adjacent-industry jobs reported ${n(s.adjacentIndustryJobs)}`,
      `  funding allocated KZT ${(s.allocatedTenge / 1e9).toFixed(1)} bn, disbursed ${(s.disbursedTenge / 1e9).toFixed(1)} bn`,
      `  on purpose, for the data-quality checks: ${s.overspentFundingRows} funding rows disbursed more than allocated`,
    ].join("\n"),
  );
  await printDemoAccounts();
});

function parseScale(value: string | true | undefined): number {
  if (value === undefined) return 1;
  const scale = value === true ? Number.NaN : Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 40) {
    throw new UsageError(`--scale must be a number above 0 and at most 40 (e.g. 1, 0.1 or 10), not ${value === true ? "nothing" : JSON.stringify(value)}.`);
  }
  return scale;
}
