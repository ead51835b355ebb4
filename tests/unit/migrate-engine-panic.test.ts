// A panic of the schema engine reaches JavaScript as `RuntimeError: unreachable`; its message
// only through the panic registry (lib/db/migrate/engine.ts). The error a failing migration
// reports must carry that message. The WebAssembly engine is replaced here by one that panics as
// the real one does (the registry first, then the trap), so that no database is needed; the real
// engine's own test panic (SchemaEngine.debugPanic) needs a connected engine, hence a database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const engine = vi.hoisted(() => ({
  /** The panic of the next engine call, as the Rust panic hook reports it; null: no panic. */
  panic: null as string | null,
  /** A failure of the next engine call that is no panic. */
  failure: null as Error | null,
  freed: 0,
}));

vi.mock("@prisma/schema-engine-wasm/schema_engine_bg", () => {
  /** What the bindings do on a panic: report the message to the registry, then trap. */
  function trap(message: string): Error {
    (globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY: { set_message(m: string): void } }).PRISMA_WASM_PANIC_REGISTRY.set_message(message);
    return new WebAssembly.RuntimeError("unreachable");
  }
  class SchemaEngine {
    static async new() {
      return new SchemaEngine();
    }
    free() {
      engine.freed += 1;
    }
    async applyMigrations() {
      if (engine.panic) throw trap(engine.panic);
      return { appliedMigrationNames: [] };
    }
    async diff() {
      if (engine.panic) throw trap(engine.panic);
      if (engine.failure) throw engine.failure;
      return { exitCode: 0, stdout: "" };
    }
    debugPanic() {
      throw trap("panicked at schema-engine/schema-engine-wasm/src/wasm/engine.rs:143:9:\nThis is the debugPanic artificial panic");
    }
  }
  return { SchemaEngine, __wbg_set_wasm: () => {} };
});
// The replaced bindings need no WebAssembly module.
vi.spyOn(WebAssembly, "instantiate").mockResolvedValue({ instance: { exports: {} } } as never);

const { applyMigrations, pendingSchemaChanges, MigrationInputError } = await import("@/lib/db/migrate/index");
const { openEngine, takeEnginePanic } = await import("@/lib/db/migrate/engine");
const { EnginePanicError, explainDatabaseError } = await import("@/lib/db/migrate/errors");
const { readSchema } = await import("@/lib/db/migrate/folder");

// No connection is opened: the pools of the adapter factory connect on first use only.
const URL = "postgresql://nobody:x@127.0.0.1:1/none";
const PANIC =
  "panicked at schema-engine/sql-migration-connector/src/apply_migration.rs:42:17:\n" +
  "Failed to apply migration 0007_add_index:\ncolumn \"regionId\" does not exist";

beforeEach(() => {
  engine.panic = null;
  engine.failure = null;
  engine.freed = 0;
  takeEnginePanic();
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe("a panic of the schema engine", () => {
  it("reaches the error of a failing migration with its message, on one line", async () => {
    engine.panic = PANIC;
    const error = await applyMigrations(URL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationInputError);
    const message = (error as Error).message;
    expect(message).toContain('Failed to apply migration 0007_add_index: column "regionId" does not exist');
    expect(message).toContain("apply_migration.rs:42:17");
    expect(message).not.toContain("\n");
    expect(message).not.toMatch(/^unreachable$/);
    // The engine was freed all the same, and the registry is empty again.
    expect(engine.freed).toBe(1);
    expect(takeEnginePanic()).toBeUndefined();
  });

  it("reaches the error of a schema comparison (db:migration) too", async () => {
    engine.panic = PANIC;
    await expect(pendingSchemaChanges(URL)).rejects.toThrow(/The schema engine failed: Failed to apply migration 0007_add_index/);
  });

  it("is attached to a synchronous trap as well, with the RuntimeError as the cause", async () => {
    const opened = await openEngine(URL, readSchema());
    let error: unknown;
    try {
      opened.debugPanic();
    } catch (caught) {
      error = caught;
    }
    await opened.close();
    expect(error).toBeInstanceOf(EnginePanicError);
    expect((error as InstanceType<typeof EnginePanicError>).panic).toContain("This is the debugPanic artificial panic");
    expect((error as Error).cause).toBeInstanceOf(WebAssembly.RuntimeError);
    expect(explainDatabaseError(error).message).toBe(
      "The schema engine failed: This is the debugPanic artificial panic (panicked at schema-engine/schema-engine-wasm/src/wasm/engine.rs:143:9)",
    );
  });

  it("is not blamed on a later engine's failure, which keeps its own message", async () => {
    // A panic an earlier engine left in the registry, reported through nobody's error.
    const registry = (globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY: { set_message(m: string): void } }).PRISMA_WASM_PANIC_REGISTRY;
    registry.set_message("panicked at somewhere.rs:1:1:\nan earlier engine's panic");
    engine.failure = new Error("P3018\nA migration failed to apply. New migrations cannot be applied before the error is recovered from.");
    const error = await pendingSchemaChanges(URL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationInputError);
    expect((error as Error).message).toBe("A migration failed to apply: P3018");
    expect((error as Error).message).not.toContain("earlier engine");
  });
});
