// The import side of `npm run bench:import`, in a process of its own, so that what the
// measuring process times (pages, saves) is the portal's and PostgreSQL's response to the
// import and not its own event loop busy with it. Builds the benchmark file, runs the first
// import's dry run and confirmation, says "ready" over IPC and waits for "commit"; reports the
// commit's start and end; with --again imports the same file again; and sends the figures. Before
// the import it times the floor: PostgreSQL's COPY of the same file (bench-import-floor.ts).
// `--seed` picks the file's people, so that each run of several imports new people.
// Started by bench-import.mts as `node --import tsx lib/cli/bench-import-child.ts --rows N --seed S [--again] [--reread]`
// with DATABASE_URL set and an IPC channel; it calls only createImportJob / runImportJob /
// confirmImportJob / getImportJob (bench-import-run.ts), as the import page does.
import type { ImportRun } from "./bench-import-run.ts";
import { allowServerOnly } from "./server-only.ts";
import { parseArgs, requireDatabaseUrl, runCli } from "./run.ts";

export type ChildMessage =
  | { type: "file"; rows: number; bytes: number; regionCode: string; projects: number; period: string; floorMs: number }
  | { type: "ready" }
  | { type: "commit-start" }
  | { type: "commit-end" }
  | { type: "result"; first: ImportRun; again: ImportRun | null };
export type ParentMessage = { type: "commit" };

allowServerOnly();

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error("bench-import-child.ts runs under bench-import.mts (it needs an IPC channel)."));
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

function commitSignal(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: ParentMessage) => {
      if (message?.type !== "commit") return;
      process.off("message", listener);
      resolve();
    };
    process.on("message", listener);
  });
}

// Nothing to do without the parent: leave rather than hold the database.
process.on("disconnect", () => process.exit(1));

await runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2));
  const rows = Number(flags.get("rows"));
  const reread = flags.has("reread");
  const seed = Number(flags.get("seed") ?? 0);
  const url = requireDatabaseUrl();
  const { benchFile } = await import("./bench-import-file.ts");
  const { runImport } = await import("./bench-import-run.ts");
  const { copyFloor } = await import("./bench-import-floor.ts");
  try {
    const file = await benchFile(url, rows, seed);
    const floorMs = await copyFloor(url, file.bytes);
    await send({ type: "file", rows, bytes: file.bytes.byteLength, regionCode: file.regionCode, projects: file.projects, period: file.period, floorMs });
    const first = await runImport(file, rows, {
      reread,
      beforeCommit: async () => {
        const go = commitSignal();
        await send({ type: "ready" });
        await go;
        await send({ type: "commit-start" });
      },
      commitEnded: () => void send({ type: "commit-end" }).catch(() => {}),
    });
    const again = flags.has("again") ? await runImport(file, rows, { reread }) : null;
    await send({ type: "result", first, again });
  } finally {
    const { closeImportPool } = await import("../imports/pool.server.ts");
    await closeImportPool();
    const { prisma } = await import("../db/client.ts");
    await prisma.$disconnect().catch(() => {});
  }
});
