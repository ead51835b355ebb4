// The Prisma clients of a server process, one per connection pool (lib/db/pools.ts says why and
// with which limits). Prisma 7's client is Rust-free and talks to PostgreSQL through the pg
// driver adapter; no engine binary is involved.
// - `prisma`: writes, and the reads a write relies on (mutations.ts, actions.ts, sign-in).
// - `prismaRead`: page reads (lib/<domain>/queries.ts), on a read-only pool writes never use.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createReadClient, createWriteClient } from "./pools";
import { readFailure } from "./read-failure";

/** The read client with what a failed read becomes (lib/db/read-failure.ts). */
function withReadFailures(base: PrismaClient, options: { redirect: boolean }) {
  return base.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw await readFailure(error, options);
        }
      },
    },
  });
}

export type ReadClient = ReturnType<typeof withReadFailures>;
type ReadClients = { pages: ReadClient; session: ReadClient };

// In development Next.js re-evaluates modules on every change; keep one pool of each per process.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaRead?: ReadClients };

function readClients(): ReadClients {
  if (!globalForPrisma.prismaRead) {
    // One base client, so one pool: the two views differ only in how a failure is thrown.
    const base = createReadClient();
    globalForPrisma.prismaRead = { pages: withReadFailures(base, { redirect: true }), session: withReadFailures(base, { redirect: false }) };
  }
  return globalForPrisma.prismaRead;
}

/** Created on first use, so that `next build` can load modules without a DATABASE_URL. */
function lazy<T extends object>(client: () => T): T {
  return new Proxy({} as T, {
    get(_target, property) {
      const real = client();
      const value = Reflect.get(real, property, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

/** Writes and the reads a write relies on. */
export const prisma: PrismaClient = lazy(() => (globalForPrisma.prisma ??= createWriteClient()));

/**
 * Page reads: the read pool (read-only, statement_timeout 30 s, lock_timeout 2 s). A read the
 * database cannot answer sends a page or a download to the 503 page; in a server action it
 * throws ServiceUnavailableError, which the form shows translated.
 */
export const prismaRead: ReadClient = lazy(() => readClients().pages);

/**
 * The session check's reads (lib/auth/queries.ts findActiveSessionUser): the read pool too, so
 * that every page's session check gets a connection however busy the writes are, but a failure
 * is always thrown as ServiceUnavailableError, never as a redirect — next-auth's jwt callback
 * must see it to keep the session and mark it unavailable (lib/auth/options.ts).
 */
export const prismaSessionRead: ReadClient = lazy(() => readClients().session);

/** Closes both pools (tests and command-line tools, so that the process can exit). */
export async function disconnectAll(): Promise<void> {
  const { prisma: write, prismaRead: read } = globalForPrisma;
  globalForPrisma.prisma = undefined;
  globalForPrisma.prismaRead = undefined;
  await Promise.all([write?.$disconnect(), read?.pages.$disconnect()]);
}
