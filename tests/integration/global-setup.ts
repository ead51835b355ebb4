// Gives the integration suite a throwaway, migrated PostgreSQL database: an embedded server in
// its own temp directory on a free port, or TEST_DATABASE_URL's server (a fresh database is
// created there, and dropped afterwards). Tests read it from DATABASE_URL, as the app does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbedded } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate/index";

export default async function setup() {
  const name = `portal_test_${process.pid}_${Date.now().toString(36)}`;
  let adminUrl: string;
  let stopServer = async () => {};
  let dataDir: string | undefined;

  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-"));
    fs.chmodSync(dataDir, 0o777);
    const server = await startEmbedded({ dataDir: path.join(dataDir, "pg"), database: "postgres" });
    adminUrl = server.url;
    stopServer = server.stop;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await applyMigrations(process.env.DATABASE_URL);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
    await stopServer();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
