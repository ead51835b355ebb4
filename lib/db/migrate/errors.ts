// Turns driver and engine failures into one readable line for the command line.
import { MigrationInputError } from "./folder";

/**
 * The schema engine panicked (lib/db/migrate/engine.ts). WebAssembly reports a panic as
 * `RuntimeError: unreachable`; this error carries the panic's own message, and the RuntimeError
 * as its cause.
 */
export class EnginePanicError extends Error {
  constructor(
    readonly panic: string,
    cause: unknown,
  ) {
    super(`The schema engine failed: ${panic}`, { cause });
    this.name = "EnginePanicError";
  }
}

export function explainDatabaseError(error: unknown): Error {
  if (error instanceof MigrationInputError) return error;
  if (error instanceof EnginePanicError) {
    return new MigrationInputError(`The schema engine failed: ${describePanic(error.panic)}`, { cause: error });
  }
  const err = error as { code?: string; message?: string; cause?: unknown; kind?: string };
  const text = String(err?.message ?? error);
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code;
  if (code === "ECONNREFUSED" || /ECONNREFUSED/.test(text)) {
    return new MigrationInputError("Cannot reach the database server (connection refused). Is PostgreSQL running at DATABASE_URL?");
  }
  if (code === "ENOTFOUND" || /ENOTFOUND|getaddrinfo/.test(text)) {
    return new MigrationInputError("Cannot resolve the database host in DATABASE_URL.");
  }
  if (code === "3D000" || /database .* does not exist/.test(text)) {
    return new MigrationInputError(`The database in DATABASE_URL does not exist: ${firstLine(text)}`);
  }
  if (code === "28P01" || /password authentication failed/.test(text)) {
    return new MigrationInputError("The database refused the user name or password in DATABASE_URL.");
  }
  if (/Invalid URL|invalid connection string/i.test(text)) {
    return new MigrationInputError("DATABASE_URL is not a valid postgresql:// URL.");
  }
  if (/syntax error|P3006|P3018|failed to apply/i.test(text)) {
    return new MigrationInputError(`A migration failed to apply: ${firstLine(text)}`);
  }
  return new MigrationInputError(firstLine(text));
}

function firstLine(text: string) {
  return text.split("\n").find((l) => l.trim())?.trim().slice(0, 400) ?? "unknown error";
}

/**
 * A Rust panic's message on one line, what went wrong first: the engine reports
 * "panicked at <file>:<line>:<column>:\n<message>", and the message may span several lines.
 */
function describePanic(panic: string) {
  const located = /^panicked at (\S+?):?\n([\s\S]*)$/.exec(panic.trim());
  const [message, where] = located ? [located[2]!, located[1]!] : [panic, undefined];
  const line = message.split("\n").map((l) => l.trim()).filter(Boolean).join(" ").slice(0, 800) || "unknown panic";
  return where ? `${line} (panicked at ${where})` : line;
}
