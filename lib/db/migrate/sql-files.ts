// prisma/sql: the current text of every function and trigger of the portal's schema ("public"),
// one file each, compared with a database built from the migrations (docs/sql.md).
//   functions/<name>.sql  CREATE OR REPLACE FUNCTION public.<name>(…) — every overload of <name>
//   triggers/<table>.sql  CREATE OR REPLACE TRIGGER … ON public."<table>" — every trigger of <table>
// A file and its database objects share a key, the file's path under prisma/sql without ".sql"
// ("functions/summary_sync", "triggers/Placement"). Both sides are compared as PostgreSQL prints
// them (pg_get_functiondef, pg_get_triggerdef): a file may spell a function's header or a trigger
// as it likes, but a function's body (between the $$) is kept as written, so it must match.
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { MigrationInputError, PROJECT_ROOT } from "./folder";

export const SQL_DIR = path.join(PROJECT_ROOT, "prisma/sql");
const KINDS = ["functions", "triggers"] as const;
type Kind = (typeof KINDS)[number];

/** `file` is where the file lives in the repository, as migrations and messages name it. */
export type SqlFile = { key: string; kind: Kind; name: string; file: string; sql: string };

/** One function overload or one trigger as the database holds it. */
export type DbObject = { key: string; drop: string; definition: string };

/** The .sql files under functions/ and triggers/, by key order. */
export function readSqlFiles(dir = SQL_DIR): SqlFile[] {
  return KINDS.flatMap((kind) => {
    const folder = path.join(dir, kind);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((f) => f.endsWith(".sql"))
      .sort()
      .map((f) => {
        const name = f.slice(0, -".sql".length);
        const sql = fs.readFileSync(path.join(folder, f), "utf8");
        return { key: `${kind}/${name}`, kind, name, file: `prisma/sql/${kind}/${f}`, sql };
      });
  });
}

/** Line endings and trailing blanks are not a difference. */
export function normalizeDefinition(sql: string) {
  return sql.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimEnd()).join("\n").trim();
}

// Functions of extensions (pg_depend deptype 'e') are the extension's, not the portal's.
const FUNCTIONS = `
  SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition,
         format('DROP ROUTINE public.%I(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) AS drop
  FROM pg_proc p
  WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    AND ($1::text IS NULL OR p.proname = $1)
  ORDER BY p.oid::regprocedure::text`;
const TRIGGERS = `
  SELECT c.relname AS name, pg_get_triggerdef(t.oid) AS definition,
         format('DROP TRIGGER %I ON public.%I', t.tgname, c.relname) AS drop
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
    AND ($1::text IS NULL OR c.relname = $1)
  ORDER BY c.relname, t.tgname`;

/** The portal's functions and triggers; only those of one file's key when `only` is given. */
export async function databaseObjects(client: pg.ClientBase, only?: { kind: Kind; name: string }): Promise<DbObject[]> {
  const objects: DbObject[] = [];
  for (const [kind, query] of [["functions", FUNCTIONS], ["triggers", TRIGGERS]] as const) {
    if (only && only.kind !== kind) continue;
    const { rows } = await client.query<{ name: string; drop: string; definition: string }>(query, [only?.name ?? null]);
    for (const r of rows) objects.push({ key: `${kind}/${r.name}`, drop: r.drop, definition: r.definition });
  }
  return objects;
}

/** Each key's definition: its objects' definitions, normalized, in signature/trigger-name order. */
export function definitionsByKey(objects: DbObject[]): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const o of objects) byKey.set(o.key, [...(byKey.get(o.key) ?? []), normalizeDefinition(o.definition)]);
  return new Map([...byKey].map(([key, defs]) => [key, defs.join("\n\n")]));
}

/**
 * What the database holds for `file`'s key once the file has run in place of the current objects
 * of that key (dropped first, so a leftover overload or trigger shows): run inside a transaction
 * that is rolled back. Use it on a scratch database built from the migrations.
 */
export async function fileObjects(client: pg.ClientBase, file: SqlFile, prelude = ""): Promise<DbObject[]> {
  await client.query("BEGIN");
  try {
    // The changed functions, for a trigger file whose function is new (rolled back with the rest).
    if (prelude) await client.query(prelude);
    // CASCADE: a trigger function's triggers go with it (back after the rollback).
    for (const o of await databaseObjects(client, file)) await client.query(`${o.drop} CASCADE`);
    try {
      await client.query(file.sql);
    } catch (error) {
      throw new MigrationInputError(`${file.file}: ${(error as Error).message}`);
    }
    const objects = await databaseObjects(client, file);
    if (objects.length === 0) {
      const what = file.kind === "functions" ? `function ${file.name}` : `trigger on table "${file.name}"`;
      throw new MigrationInputError(`${file.file} creates no ${what} in schema public (the file's name is the object's).`);
    }
    return objects;
  } finally {
    await client.query("ROLLBACK");
  }
}

export type SqlFileChanges = {
  /** Files whose objects differ from the database's (or that it lacks). */
  changed: SqlFile[];
  /** Keys the database has and no file has. */
  withoutFile: string[];
  /** SQL that brings the database to the files, each part headed by a comment naming its file. */
  sql: string;
};

/**
 * How prisma/sql differs from `client`'s database, which must be built from the migrations and
 * be disposable (the files run there, rolled back). The SQL drops the objects of deleted files
 * and the overloads or triggers a file no longer defines, then runs every changed file. A file
 * whose function changes its result type or parameter names needs a DROP FUNCTION first, which
 * is not guessed: write it in the migration (docs/sql.md).
 */
export async function sqlFileChanges(client: pg.ClientBase, files = readSqlFiles()): Promise<SqlFileChanges> {
  const current = await databaseObjects(client);
  const currentDefs = definitionsByKey(current);
  const fileKeys = new Set(files.map((f) => f.key));
  const changed: SqlFile[] = [];
  const parts: string[] = [];

  const withoutFile = [...currentDefs.keys()].filter((key) => !fileKeys.has(key));
  // Triggers before functions: a trigger needs its function.
  for (const key of withoutFile.sort((a, b) => b.localeCompare(a))) {
    const drops = current.filter((o) => o.key === key).map((o) => `${o.drop};`);
    parts.push(`-- prisma/sql/${key}.sql (deleted)\n${drops.join("\n")}`);
  }
  // Functions before triggers, and each file runs after the changed functions before it: a new
  // trigger may call a function the migrations do not have yet, and an SQL function (whose body
  // is checked when it is created) one that sorts before it.
  const ordered = [...files.filter((f) => f.kind === "functions"), ...files.filter((f) => f.kind !== "functions")];
  const changedFunctions: string[] = [];
  for (const file of ordered) {
    const objects = await fileObjects(client, file, changedFunctions.join(";\n"));
    if (definitionsByKey(objects).get(file.key) === currentDefs.get(file.key)) continue;
    changed.push(file);
    if (file.kind === "functions") changedFunctions.push(file.sql);
    const kept = new Set(objects.map((o) => o.drop));
    const stale = current.filter((o) => o.key === file.key && !kept.has(o.drop)).map((o) => `${o.drop};\n`);
    parts.push(`-- ${file.file}\n${stale.join("")}${file.sql.trim()}`);
  }
  return { changed, withoutFile, sql: parts.join("\n\n") };
}
