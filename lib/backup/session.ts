// Connections of the backup and the restore. COPY's text and a row's text (which the checksums
// hash) depend on session settings: both sides fix them, so the same row is the same bytes
// whatever the server's or the role's defaults. No time limits: a backup of a large database
// runs for minutes, and waits (paused, in tests) with its transaction open.
import pg from "pg";
import { explainDatabaseError } from "@/lib/db/migrate/errors";

const SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET TimeZone = 'UTC'",
  "SET extra_float_digits = 3",
  "SET bytea_output = 'hex'",
  "SET statement_timeout = 0",
  "SET lock_timeout = 0",
  "SET idle_in_transaction_session_timeout = 0",
];

export async function connect(url: string, purpose: "backup" | "restore"): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: `portal-${purpose}` });
  try {
    await client.connect();
  } catch (error) {
    throw explainDatabaseError(error);
  }
  // An error on an idle connection (server restarted) must not crash the process: the next query fails instead.
  client.on("error", () => {});
  for (const statement of SETTINGS) await client.query(statement);
  return client;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
