// npm run db:migrate — applies pending migrations to DATABASE_URL.
import { applyMigrations } from "../db/migrate/index.ts";
import { requireDatabaseUrl, runCli } from "./run.ts";

await runCli(async () => {
  const applied = await applyMigrations(requireDatabaseUrl());
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
});
