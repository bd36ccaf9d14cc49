import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "../../prisma/generated/client";
import { appConfig, type AppConfig } from "../config";
import { processWide } from "../processState";
import { migrate } from "./migrate";
import { pgliteSql } from "./pglite";
import { postgresSql } from "./postgres";
import type { DatabaseKind, Sql } from "./sql";

export interface Database {
  kind: DatabaseKind;
  sql: Sql;
  prisma: PrismaClient;
  /** Runs `work` only if this process holds the named lock (one leader among app instances); else null. */
  asLeader<T>(lockId: number, work: () => Promise<T>): Promise<T | null>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  databaseUrl?: string;
  dataDir?: string;
}

/** DATABASE_URL, else the embedded database in RINGWATCH_DATA_DIR. */
export function databaseConfig(settings: Pick<AppConfig, "DATABASE_URL" | "RINGWATCH_DATA_DIR"> = appConfig()): DatabaseConfig {
  return { databaseUrl: settings.DATABASE_URL, dataDir: settings.RINGWATCH_DATA_DIR };
}

const POOL_SIZE = 10;

/** Opens the configured backend and applies pending migrations before anyone uses it. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const database = config.databaseUrl ? openPostgres(config.databaseUrl) : await openPGlite(config.dataDir ?? ".data");
  await migrate(database.sql, database.kind);
  return database;
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  pool.on("error", (error) => console.error("[db] idle client error", error.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    sql: postgresSql(pool),
    prisma,
    async asLeader(lockId, work) {
      // A session-level advisory lock on a dedicated connection: released when the work ends or the process dies.
      const client = await pool.connect();
      try {
        const [{ locked }] = (await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [lockId])).rows;
        if (!locked) return null;
        try {
          return await work();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [lockId]);
        }
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * PGlite starts PostgreSQL without fsync (its default start parameters pass -F): a commit has reached
 * the operating system, not the disk, when it returns. embeddedDurability.test.ts checks the first half.
 */
export const EMBEDDED_DURABILITY_NOTICE =
  "[db] using the embedded database (PGlite, without fsync): an accepted write (202) survives a crash of this process, " +
  "not a power loss or an operating-system crash. For production, set DATABASE_URL to PostgreSQL.";

async function openPGlite(dataDir: string): Promise<Database> {
  const db = await PGlite.create(path.resolve(dataDir));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    kind: "pglite",
    sql: pgliteSql(db),
    prisma,
    // PGlite allows one process per data folder: this process is the only possible leader.
    asLeader: (_lockId, work) => work(),
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

// One handle per process, whichever bundle asks first: PGlite allows a single opener per data folder.
const shared = processWide("database", (): { db?: Promise<Database> } => ({}));

export function getDatabase(): Promise<Database> {
  shared.db ??= openDatabase(databaseConfig()).catch((error: unknown) => {
    shared.db = undefined;
    throw error;
  });
  return shared.db;
}
