// Prisma's schema engine, compiled to WebAssembly, driven over the pg driver adapter.
// The native engine (what `prisma migrate` runs) cannot be downloaded on these machines;
// the WebAssembly build of the same engine reads and writes the same migrations folder and
// `_prisma_migrations` table, so `prisma migrate deploy` still works where the network allows.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { EnginePanicError } from "./errors";

const require = createRequire(import.meta.url);

/**
 * PostgreSQL's one-byte "char" type (OID 18), which introspection reads from pg_catalog
 * (relkind, contype, ...), is not mapped by @prisma/adapter-pg 7.10: it throws "Column type
 * 'char' could not be deserialized". The engine wants such columns as its Character type.
 * The pool reports them as text and tags their names; `withCharColumns` then restores the
 * name and declares the column Character. (PostgreSQL 18 lists NOT NULL constraints in
 * pg_constraint, so the describer meets these columns on every table.)
 */
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_TAG = "\u0000char";
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

class CharAsTextPool extends pg.Pool {
  // pg's overloads make a precise signature impractical; we only post-process results.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    if (result && typeof result.then === "function") {
      return result.then((res: pg.QueryResult) => {
        for (const field of res?.fields ?? []) {
          if (field.dataTypeID === CHAR_OID) {
            field.dataTypeID = TEXT_OID;
            field.name += CHAR_TAG;
          }
        }
        return res;
      });
    }
    return result;
  }
}

type RawResult = { columnNames: string[]; columnTypes: number[]; rows: unknown[][] };
type Queryable = { queryRaw(query: unknown): Promise<RawResult> };

function withCharColumns<T extends Queryable>(adapter: T): T {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, i) => {
      if (name.endsWith(CHAR_TAG)) {
        result.columnNames[i] = name.slice(0, -CHAR_TAG.length);
        result.columnTypes[i] = COLUMN_TYPE_CHARACTER;
      }
    });
    return result;
  };
  return adapter;
}

/**
 * adapter-pg 7.10's executeScript splits a migration on every ";", including those inside
 * dollar-quoted bodies (CREATE FUNCTION ... AS $$ ... $$, as in 0002_summaries), which then fail
 * to parse. Send the script whole instead, as the native engine does: PostgreSQL's simple query
 * protocol runs all its statements, in one implicit transaction.
 */
type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): pg.Pool | pg.PoolClient;
  onError(error: unknown): never;
};

function withWholeScripts<T>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  runner.executeScript = async (script) => {
    try {
      await runner.underlyingDriver().query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}

function poolFor(config: pg.PoolConfig) {
  return new CharAsTextPool({ max: 2, ...config });
}

/**
 * Adapter factory with a shadow database that works: adapter-pg 7.10 builds the shadow pool
 * from the connection string (so it reconnects to the main database) and drops the shadow
 * database before closing its pool (which PostgreSQL refuses). Ours connects with discrete
 * settings and closes the pool first. The role needs CREATEDB.
 */
function migrationAdapterFactory(connectionString: string) {
  const base = new URL(connectionString);
  const discrete = {
    host: base.hostname,
    port: Number(base.port || 5432),
    user: decodeURIComponent(base.username),
    password: decodeURIComponent(base.password),
  };
  const main = new PrismaPg(poolFor({ connectionString }), { disposeExternalPool: true });
  // The engine does not close its connections when freed; we do, or a pooled connection keeps
  // the migration advisory lock and the next run waits for it.
  const open = new Set<{ dispose(): Promise<void> }>();
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = withWholeScripts(withCharColumns(await main.connect()));
      open.add(adapter);
      return adapter;
    },
    async disposeAll() {
      for (const adapter of open) await adapter.dispose().catch(() => {});
      open.clear();
    },
    async connectToShadowDb() {
      const name = `portal_shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ ...discrete, database: base.pathname.slice(1) || "postgres" });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = new PrismaPg(poolFor({ ...discrete, database: name }), { disposeExternalPool: true });
      const adapter = withWholeScripts(withCharColumns(await shadow.connect()));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ ...discrete, database: base.pathname.slice(1) || "postgres" });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      };
      return adapter;
    },
  };
}

let lastPanic: string | undefined;
/** The message of the engine's last panic, if any (its RuntimeError says only "unreachable"). */
export function takeEnginePanic() {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

/**
 * The engine's error with the message of the panic behind it, if there was one: a panic reaches
 * JavaScript as `RuntimeError: unreachable`, its message only through the panic registry.
 */
function withPanicMessage(error: unknown): unknown {
  const panic = takeEnginePanic();
  return panic === undefined ? error : new EnginePanicError(panic, error);
}

/**
 * Every method of the engine, with a failure carrying the panic's message (withPanicMessage);
 * `onPanic` is told when one did. The engine is a wasm-bindgen object: its methods run with the
 * object itself as `this`.
 */
function reportingPanics<T extends object>(engine: T, onPanic: () => void): T {
  const failure = (error: unknown) => {
    const reported = withPanicMessage(error);
    if (reported instanceof EnginePanicError) onPanic();
    return reported;
  };
  return new Proxy(engine, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          throw failure(error);
        }
        return result instanceof Promise
          ? result.catch((error: unknown) => {
              throw failure(error);
            })
          : result;
      };
    },
  });
}

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/** Instantiates the wasm module once per process (the package entry's .wasm import fails on Node 20). */
function loadWasm() {
  wasmReady ??= (async () => {
    // The bindings report a Rust panic's message through this global before throwing.
    const registry = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => (lastPanic = message) };
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // The .wasm file is not in the package's exports map: find it next to the bindings.
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bindings;
  })();
  return wasmReady;
}

export type Engine = SchemaEngine & { close(): Promise<void> };

/** Opens a schema engine on `connectionString` for the given schema file. */
export async function openEngine(connectionString: string, schema: { path: string; content: string }): Promise<Engine> {
  const bindings = await loadWasm();
  const adapters = migrationAdapterFactory(connectionString);
  const factory = bindMigrationAwareSqlAdapterFactory(adapters);
  const logs: string[] = [];
  takeEnginePanic(); // a panic of an earlier engine in this process is not this one's
  let created: SchemaEngine;
  try {
    created = await bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] } as never, (line: string) => logs.push(line), factory);
  } catch (error) {
    await adapters.disposeAll();
    throw withPanicMessage(error);
  }
  let panicked = false;
  const engine = reportingPanics(created, () => (panicked = true)) as Engine;
  engine.close = async () => {
    try {
      engine.free();
    } catch (error) {
      // After a panic the instance may trap again while freed: the panic is what gets reported.
      if (!panicked) throw error;
    } finally {
      await adapters.disposeAll();
    }
  };
  return engine;
}
