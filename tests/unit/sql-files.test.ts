// The layout of prisma/sql (docs/sql.md), checked without a database; that the files hold what the
// migrations built is tests/integration/sql-functions.integration.test.ts.
import { describe, expect, it } from "vitest";
import { normalizeDefinition, readSqlFiles } from "../../lib/db/migrate/sql-files";

const files = readSqlFiles();
const functions = files.filter((f) => f.kind === "functions");
const triggers = files.filter((f) => f.kind === "triggers");

describe("prisma/sql", () => {
  it("has function and trigger files", () => {
    expect(functions.length).toBeGreaterThan(10);
    expect(triggers.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.file, f] as const))("%s starts with a comment saying what it is for", (_, file) => {
    expect(file.sql).toMatch(/^-- \S/);
  });

  it.each(functions.map((f) => [f.file, f] as const))("%s creates its function, settings included", (_, file) => {
    const created = [...file.sql.matchAll(/^CREATE OR REPLACE FUNCTION public\.(\w+)\(/gm)].map((m) => m[1]);
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created)).toEqual(new Set([file.name]));
    // A setting is a SET clause of the definition, never a separate ALTER FUNCTION.
    expect(file.sql).not.toMatch(/\bALTER\s+(FUNCTION|ROUTINE)\b/i);
  });

  it.each(triggers.map((f) => [f.file, f] as const))("%s creates triggers on its table only", (_, file) => {
    const tables = [...file.sql.matchAll(/^CREATE OR REPLACE TRIGGER \w+ .*? ON public\.("?)(\w+)\1\s/gm)].map((m) => m[2]);
    expect(tables.length).toBeGreaterThan(0);
    expect(new Set(tables)).toEqual(new Set([file.name]));
  });
});

describe("normalizeDefinition", () => {
  it("ignores line endings and trailing blanks, nothing else", () => {
    expect(normalizeDefinition("a  \r\n  b\t\n\n")).toBe("a\n  b");
    expect(normalizeDefinition("a b")).not.toBe(normalizeDefinition("a  b"));
  });
});
