// Loads the demo data into a migrated database, in one transaction: either all of it is there
// afterwards or none. Refuses a database that already holds data unless `force`, which first
// empties every table of the portal (TRUNCATE … RESTART IDENTITY CASCADE) in the same
// transaction. Used by `npm run db:seed`, by `npm start` on the first run, and by tests.
import { hash, type Algorithm } from "@node-rs/argon2";
import pg from "pg";
import { explainDatabaseError } from "@/lib/db/migrate/errors";
import { DEMO_PASSWORD } from "./accounts";
import { assertScale, type DemoSummary, generateDemo, summarise } from "./generate";
import { freezeUnfrozenReports } from "@/lib/reports/freeze";
import { copyTablesInto, type TableLoaded } from "./load";
import { copyTables } from "./tables";

export type SeedOptions = {
  scale?: number;
  force?: boolean;
  log?: (line: string) => void;
  /** Runs inside the seed's transaction after the rows are in (e.g. rebuilding summary tables). */
  afterLoad?: (client: pg.ClientBase) => Promise<void>;
};

export type SeedResult = {
  scale: number;
  summary: DemoSummary;
  tables: TableLoaded[];
  timings: { generateMs: number; hashMs: number; loadMs: number; totalMs: number };
};

/** The database already holds data and `force` was not given. */
export class SeedRefusedError extends Error {}
/** Anything else that stops the seed, explained in one line. */
export class SeedError extends Error {}

// Same argon2id parameters as lib/auth/password.ts (which is server-only, so not importable
// from the command line). `Algorithm` is a const enum that isolatedModules cannot inline.
const ARGON2ID = 2 as Algorithm;
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const SEEDED_TABLES = ["Region", "District", "User", "Project", "ProjectFunding", "ProjectStatusChange", "FundingChange", "Worker", "WorkerRegionName", "Placement", "PermanentJob", "Target", "MonthlyReport"];
// Serialises concurrent seeds of one database (two `npm start` at once).
const SEED_LOCK = 4_2020_2021;

export async function seedDemo(url: string, options: SeedOptions = {}): Promise<SeedResult> {
  const scale = options.scale ?? 1;
  assertScale(scale);
  const log = options.log ?? (() => {});
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new SeedError(explainDatabaseError(error).message);
  }
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK]);
    await checkTarget(client, options.force ?? false);
    if (options.force) await truncatePortalTables(client);

    let mark = performance.now();
    const data = generateDemo(scale);
    const generateMs = Math.round(performance.now() - mark);
    log(`generated scale ${scale} in ${generateMs} ms`);
    mark = performance.now();
    const passwordHash = await hash(DEMO_PASSWORD, HASH_OPTIONS);
    const hashMs = Math.round(performance.now() - mark);

    mark = performance.now();
    const triggersOff = await disableRecordTriggers(client);
    const tables = await copyTablesInto(client, copyTables(data, passwordHash), (t) => log(`  ${t.table}: ${t.rows} rows in ${t.ms} ms`));
    if (triggersOff) await enableRecordTriggers(client);
    // Each region keeps its own name of the people it placed (docs/privacy.md); the demo's are the national ones.
    await client.query("SELECT fill_worker_region_names()");
    await rebuildSummaries(client, log);
    // The submitted and approved reports show the figures frozen at submission (lib/reports/figures.ts).
    const frozenFrom = performance.now();
    const frozen = await freezeUnfrozenReports(client);
    log(`  figures of ${frozen} submitted reports frozen in ${Math.round(performance.now() - frozenFrom)} ms`);
    if (options.afterLoad) await options.afterLoad(client);
    for (const table of SEEDED_TABLES) await client.query(`ANALYZE "${table}"`);
    await client.query("COMMIT");
    const loadMs = Math.round(performance.now() - mark);
    return { scale, summary: summarise(data), tables, timings: { generateMs, hashMs, loadMs, totalMs: Math.round(performance.now() - started) } };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (error instanceof SeedRefusedError || error instanceof SeedError || error instanceof RangeError) throw error;
    throw new SeedError(explainDatabaseError(error).message);
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkTarget(client: pg.ClientBase, force: boolean) {
  const { rows: present } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY($1)`,
    [SEEDED_TABLES],
  );
  const missing = SEEDED_TABLES.filter((t) => !present.some((p) => p.name === t));
  if (missing.length > 0) {
    throw new SeedError(`The database has no ${missing.join(", ")} table${missing.length > 1 ? "s" : ""}: apply the migrations first (npm run db:migrate).`);
  }
  if (force) return;
  const { rows } = await client.query<{ projects: number }>(`SELECT count(*)::int AS projects FROM "Project"`);
  const projects = rows[0]?.projects ?? 0;
  if (projects > 0) {
    throw new SeedRefusedError(`The database already holds ${projects} projects; run the seed with --force to replace all its data.`);
  }
  for (const table of SEEDED_TABLES) {
    const { rowCount } = await client.query(`SELECT 1 FROM "${table}" LIMIT 1`);
    if (rowCount) throw new SeedRefusedError(`The database already holds data (table ${table}); run the seed with --force to replace all its data.`);
  }
}

/** Empties every table of the portal's schema except the migrations record. */
async function truncatePortalTables(client: pg.ClientBase) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return;
  await client.query(`TRUNCATE ${rows.map((r) => `"${r.name.replace(/"/g, '""')}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

// The dashboard summaries (migration 0002_summaries) are kept current by statement triggers on
// the record tables. For a bulk load the migration's rule is: switch the triggers off, load,
// then SELECT rebuild_summaries() — one set-based pass instead of maintaining them row by row.
// DISABLE TRIGGER USER leaves the foreign-key checks on. It needs the tables' owner; for any
// other role the triggers stay on, which is slower but keeps the summaries right by itself.
async function disableRecordTriggers(client: pg.ClientBase): Promise<boolean> {
  await client.query("SAVEPOINT seed_triggers");
  try {
    for (const table of SEEDED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    await client.query("RELEASE SAVEPOINT seed_triggers");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT seed_triggers");
    return false;
  }
}

async function enableRecordTriggers(client: pg.ClientBase) {
  for (const table of SEEDED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
}

async function rebuildSummaries(client: pg.ClientBase, log: (line: string) => void) {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regprocedure('rebuild_summaries()') IS NOT NULL AS present`);
  if (!rows[0]?.present) return;
  const started = performance.now();
  await client.query("SELECT rebuild_summaries()");
  log(`  dashboard summaries rebuilt in ${Math.round(performance.now() - started)} ms`);
}
