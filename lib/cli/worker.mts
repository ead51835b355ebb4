// npm run worker — a worker process against DATABASE_URL (docs/jobs.md): it runs imports and the
// housekeeping schedule from the job queue (lib/jobs/worker.ts). `npm start` starts one itself;
// run more, on this machine or others, to import more files at once. Stops on Ctrl-C / SIGTERM,
// letting the jobs in hand finish for up to 30 s (a job cut short is retried by another worker).
import { allowServerOnly } from "./server-only.ts";
import { parseArgs, requireDatabaseUrl, runCli, UsageError } from "./run.ts";

allowServerOnly();

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  if (flags.size || positional.length) throw new UsageError("npm run worker takes no arguments (see IMPORT_WORKER_CONCURRENCY in the README).");
  const url = requireDatabaseUrl();
  const { startWorker, workerOptionsFromEnv } = await import("../jobs/worker.ts");
  const options = workerOptionsFromEnv();
  const worker = await startWorker(url, options);
  console.log(`Worker ${process.pid} is taking jobs (${options.concurrency} import(s) at once).`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`Worker ${process.pid}: ${signal}, finishing the jobs in hand…`);
      resolve();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  await worker.stop();
  const { closeImportPool } = await import("../imports/pool.server.ts");
  const { prisma } = await import("../db/client.ts");
  await closeImportPool();
  await prisma.$disconnect();
});
