// Lets the import's pg transaction be passed where a Prisma transaction client is expected for
// raw SQL only — so that the import calls the SAME month-lock check as every form
// (lib/reports/lock.ts assertMonthsOpen, which uses $executeRaw and $queryRaw tagged templates).
import "server-only";
import type pg from "pg";
import type { Prisma } from "@/generated/prisma/client";

function sqlOf(strings: TemplateStringsArray): string {
  return strings.reduce((text, part, i) => text + (i ? `$${i}` : "") + part, "");
}

/** Only $executeRaw and $queryRaw exist; any other use fails loudly in tests. */
export function rawSqlClient(client: pg.ClientBase): Prisma.TransactionClient {
  const raw = {
    async $executeRaw(strings: TemplateStringsArray, ...values: unknown[]) {
      return (await client.query(sqlOf(strings), values)).rowCount ?? 0;
    },
    async $queryRaw(strings: TemplateStringsArray, ...values: unknown[]) {
      return (await client.query(sqlOf(strings), values)).rows;
    },
  };
  return raw as unknown as Prisma.TransactionClient;
}
