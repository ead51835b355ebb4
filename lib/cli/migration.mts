// npm run db:migration -- NAME — writes prisma/migrations/NNNN_NAME/migration.sql from the
// difference between the migrations and prisma/schema.prisma. Needs a server where the role may
// create a (temporary, shadow) database: DATABASE_URL, or else a throwaway embedded server.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { createMigration } from "../db/migrate/index.ts";
import { startEmbedded } from "../db/embedded.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

await runCli(async () => {
  const { positional } = parseArgs(process.argv.slice(2));
  const name = positional[0];
  if (!name) throw new UsageError("Usage: npm run db:migration -- NAME   (e.g. add_import_jobs)");
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  let dataDir: string | undefined;
  if (!url) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-migration-"));
    fs.chmodSync(dataDir, 0o777);
    const server = await startEmbedded({ dataDir: path.join(dataDir, "pg") });
    url = server.url;
    stop = server.stop;
  }
  try {
    const created = await createMigration(url, name);
    console.log(created ? `Wrote prisma/migrations/${created.folder}/migration.sql` : "No changes: schema.prisma and the migrations agree.");
  } finally {
    await stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
