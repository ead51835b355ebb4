// The migrations folder and schema.prisma must describe the same database: a schema change
// without `npm run db:migration -- NAME` fails here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, pendingSchemaChanges, MigrationInputError } from "../../lib/db/migrate/index";
import { SCHEMA_PATH, MIGRATIONS_DIR } from "../../lib/db/migrate/folder";
import { testPool, closeTestPool } from "./db";

const url = () => process.env.DATABASE_URL!;
const temp: string[] = [];

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-mig-"));
  temp.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
  await closeTestPool();
});

describe("migrations", () => {
  it("agree with schema.prisma", async () => {
    expect(await pendingSchemaChanges(url())).toBe("");
  });

  it("report a schema change that has no migration", async () => {
    const schemaPath = path.join(tempDir(), "schema.prisma");
    fs.writeFileSync(schemaPath, fs.readFileSync(SCHEMA_PATH, "utf8") + "\nmodel Probe {\n  id Int @id\n}\n");
    const sql = await pendingSchemaChanges(url(), { schemaPath });
    expect(sql).toContain('CREATE TABLE "Probe"');
  });

  it("are all applied and recorded in _prisma_migrations", async () => {
    const folders = fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}_/.test(f));
    const { rows } = await testPool().query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(folders.sort());
    expect(await applyMigrations(url())).toEqual([]);
  });

  it("refuse a corrupt migration folder with a readable error", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "0001_broken"));
    fs.writeFileSync(path.join(dir, "0001_broken", "migration.sql"), "");
    await expect(applyMigrations(url(), { migrationsDir: dir })).rejects.toThrow(MigrationInputError);
    await expect(applyMigrations(url(), { migrationsDir: dir })).rejects.toThrow(/empty migration\.sql/);
  });

  it("explain an unreachable server in one line", async () => {
    const error = await applyMigrations("postgresql://nobody:x@127.0.0.1:1/none").catch((e) => e);
    expect(error).toBeInstanceOf(MigrationInputError);
    expect(String(error.message)).not.toContain("\n");
  });
});
