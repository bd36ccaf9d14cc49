import { randomBytes } from "node:crypto";
import pg from "pg";

/** The local PostgreSQL used by benches and tests; overridable for machines that run it elsewhere. */
export const POSTGRES_ADMIN_URL = process.env.RINGWATCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface ScratchDatabase {
  name: string;
  /** Connection string for the new database (same server and credentials as the admin URL). */
  url: string;
  /** Drops the database, ending any session still connected to it. Safe to call twice. */
  drop(): Promise<void>;
}

export interface ScratchDatabaseOptions {
  adminUrl?: string;
}

/** Creates an empty database named `<prefix>_<timestamp>_<random>` so parallel runs never collide. */
export async function createScratchDatabase(prefix: string, options: ScratchDatabaseOptions = {}): Promise<ScratchDatabase> {
  const adminUrl = options.adminUrl ?? POSTGRES_ADMIN_URL;
  const name = scratchDatabaseName(prefix);
  await withPgClient(adminUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  let dropped = false;
  return {
    name,
    url: databaseUrlFor(adminUrl, name),
    async drop() {
      if (dropped) return;
      // FORCE (PostgreSQL 13+) ends sessions a killed server or a stuck COPY may have left behind.
      await withPgClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
      dropped = true;
    },
  };
}

/** Lower-case identifier of at most 63 bytes, the PostgreSQL limit, so it never needs quoting tricks. */
export function scratchDatabaseName(prefix: string): string {
  const cleanPrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .slice(0, 40);
  return `${cleanPrefix}_${Date.now()}_${randomBytes(2).toString("hex")}`;
}

/** The admin URL with its database path replaced. */
export function databaseUrlFor(adminUrl: string, databaseName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(databaseName)}`;
  return url.toString();
}

/** Runs `work` on a dedicated connection and always closes it. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
