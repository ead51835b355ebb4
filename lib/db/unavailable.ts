// "The database cannot be reached" (docs/architecture.md): told apart from every other error so
// that an outage is shown as "service temporarily unavailable" (HTTP 503) instead of looking like
// being signed out, and so that no message carrying the database's host and port reaches a browser.
// No I/O; no server-only import, so pure code and tests can use it.

/**
 * Thrown instead of the driver's error once it is known to be an outage, or that a page read
 * could not be answered in time (lib/db/read-failure.ts; the driver's error is its `cause`).
 */
export class ServiceUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super("The database is unavailable", options);
    this.name = "ServiceUnavailableError";
  }
}

// Prisma's request codes: cannot reach the server, timed out reaching it, server closed the
// connection, pool timeout. Driver-adapter error kinds: the same, as @prisma/adapter-pg names them.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// Node socket errors, and PostgreSQL SQLSTATEs: 08xxx connection exceptions, 57P01–57P03 shutdown
// or starting up, 53300 too many connections.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
const SQLSTATE = /^(08...|57P0[123]|53300)$/;

/** Whether an error (pg, Prisma, or Prisma's driver-adapter wrapping) means the database is down. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ServiceUnavailableError) return true;
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const record = e as { name?: unknown; code?: unknown; kind?: unknown; errorCode?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (record.name === "PrismaClientInitializationError") return true;
    const code = typeof record.code === "string" ? record.code : typeof record.errorCode === "string" ? record.errorCode : "";
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
    if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) return true;
    if (typeof record.message === "string" && /Connection terminated|timeout exceeded when trying to connect/i.test(record.message)) return true;
    e = record.meta?.driverAdapterError ?? record.cause;
  }
  return false;
}
