// prisma/sql holds the current text of every function and trigger (docs/sql.md). The suite's
// database is built from the migrations (global-setup.ts); each file, run on a scratch database
// built the same way, must leave exactly what that database holds. A file edited without a
// migration, or a migration without its file, fails here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withMigratedScratchDatabase } from "../../lib/db/migrate/index";
import {
  databaseObjects,
  definitionsByKey,
  fileObjects,
  readSqlFiles,
  sqlFileChanges,
  SQL_DIR,
  type SqlFileChanges,
} from "../../lib/db/migrate/sql-files";
import { testPool, closeTestPool } from "./db";

const files = readSqlFiles();
let database = new Map<string, string>();
const fromFiles = new Map<string, string>();
let probe: SqlFileChanges;

beforeAll(async () => {
  const client = await testPool().connect();
  try {
    database = definitionsByKey(await databaseObjects(client));
  } finally {
    client.release();
  }
  await withMigratedScratchDatabase(process.env.DATABASE_URL!, async (scratch: pg.Client) => {
    for (const file of files) {
      fromFiles.set(file.key, definitionsByKey(await fileObjects(scratch, file)).get(file.key)!);
    }
    probe = await sqlFileChanges(scratch, editedCopy());
  });
}, 180_000);

afterAll(closeTestPool);

/**
 * prisma/sql with summary_month changed, fill_worker_region_names deleted and one Placement
 * trigger left out, as the migration generator would see it.
 */
function editedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-sql-"));
  try {
    fs.cpSync(SQL_DIR, dir, { recursive: true });
    const month = path.join(dir, "functions/summary_month.sql");
    fs.writeFileSync(month, fs.readFileSync(month, "utf8").replace("date_trunc('month'", "date_trunc( 'month'").replace("::date $function$", "::date + 0 $function$"));
    fs.rmSync(path.join(dir, "functions/fill_worker_region_names.sql"));
    const placement = path.join(dir, "triggers/Placement.sql");
    fs.writeFileSync(placement, fs.readFileSync(placement, "utf8").replace(/CREATE OR REPLACE TRIGGER summary_placement_delete[^;]*;/, ""));
    return readSqlFiles(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("prisma/sql", () => {
  it("has a file for every function and trigger of schema public, and nothing else", () => {
    const message = "prisma/sql (received) and the migrations (expected) name different objects: add the file, or the migration (docs/sql.md)";
    expect(files.map((f) => f.key).sort(), message).toEqual([...database.keys()].sort());
    expect(files.filter((f) => f.kind === "functions").length).toBeGreaterThan(10);
    expect(files.filter((f) => f.kind === "triggers").length).toBeGreaterThan(0);
  });

  it("holds the definitions the migrations built", () => {
    // One object for the whole map: the diff names every key whose definition differs.
    const expected = Object.fromEntries([...database].filter(([key]) => fromFiles.has(key)));
    const message = "prisma/sql (received) differs from the migrations (expected): npm run db:migration -- NAME (docs/sql.md)";
    expect(Object.fromEntries(fromFiles), message).toEqual(expected);
  });

  it("shows a changed or deleted file to the migration generator", () => {
    expect(probe.changed.map((f) => f.key)).toEqual(["functions/summary_month", "triggers/Placement"]);
    expect(probe.withoutFile).toEqual(["functions/fill_worker_region_names"]);
    expect(probe.sql).toContain("-- prisma/sql/functions/fill_worker_region_names.sql (deleted)\nDROP ROUTINE public.fill_worker_region_names();");
    expect(probe.sql).toContain("-- prisma/sql/functions/summary_month.sql\n-- First day of the month");
    expect(probe.sql).toContain("::date + 0 $function$;");
    expect(probe.sql).toContain('-- prisma/sql/triggers/Placement.sql\nDROP TRIGGER summary_placement_delete ON public."Placement";\n');
  });
});
