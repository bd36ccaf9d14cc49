import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "./database";

/** Which backend the suites run on: `npm test` runs them once per backend. */
export const TEST_BACKEND = process.env.RINGWATCH_TEST_BACKEND === "postgres" ? "postgres" : "pglite";
export const POSTGRES_ADMIN_URL = process.env.RINGWATCH_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createScratchPostgres(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh, migrated database on the backend under test; `close()` throws it away. */
export async function openTestDatabase(): Promise<Database> {
  if (TEST_BACKEND === "postgres") {
    const scratch = await createScratchPostgres("rw_unit");
    const db = await openDatabase({ databaseUrl: scratch.url });
    return { ...db, close: async () => { await db.close(); await scratch.drop(); } };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "rw-unit-"));
  const db = await openDatabase({ dataDir });
  return { ...db, close: async () => { await db.close(); await rm(dataDir, { recursive: true, force: true }); } };
}
