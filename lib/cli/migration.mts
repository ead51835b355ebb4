// npm run db:migration -- NAME — writes prisma/migrations/NNNN_NAME/migration.sql from the
// difference between the migrations and prisma/schema.prisma, followed by the functions and
// triggers whose prisma/sql files changed (docs/sql.md). Needs a server where the role may create
// (temporary: shadow, scratch) databases: DATABASE_URL, or else a throwaway embedded server.
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
    if (!created) {
      console.log("No changes: schema.prisma, prisma/sql and the migrations agree.");
      return;
    }
    console.log(`Wrote prisma/migrations/${created.folder}/migration.sql`);
    for (const file of created.sqlFiles) console.log(`  with ${file}`);
    for (const key of created.withoutFile) console.log(`  dropping ${key} (no prisma/sql/${key}.sql)`);
  } finally {
    await stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
