/** COPY baseline: the same rows, straight into the database, as the ceiling the app is measured against. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { withPgClient } from "../lib/pgDatabase";
import { copyChunks, copyColumns, copySql } from "./copyRows";
import { BASELINE_TABLE, baselineTableDdl, readEventsSchema, readPgliteSchema, type EventsSchema } from "./eventsSchema";
import { benchEvent, type BenchPlan } from "./workload";

export interface BaselineResult {
  eventsPerSec: number;
  method: string;
}

/** PostgreSQL: a LIKE-copy of the app's table, filled by `clients` parallel COPY streams. */
export async function postgresBaseline(url: string, plan: BenchPlan, clients: number, signal: AbortSignal): Promise<BaselineResult | string> {
  const schema = await withPgClient(url, async (client) => {
    const found = await readEventsSchema(async (sql, params) => (await client.query(sql, params)).rows as Array<Record<string, unknown>>);
    if (found) await client.query(`CREATE TABLE ${BASELINE_TABLE} (LIKE ${pg.escapeIdentifier(found.schema)}.events INCLUDING ALL)`);
    return found;
  });
  if (!schema) return "skipped: the app's database has no events table";
  lastPostgresSchema = schema;
  const columns = copyColumns(schema, benchEvent(plan, plan.warmupEvents));
  const chunks = copyChunks(plan, columns);
  const sql = copySql(columns, "STDIN");
  const pool = new pg.Pool({ connectionString: url, max: clients });
  try {
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      const client = await pool.connect();
      try {
        for (let i = next++; i < chunks.length; i = next++) {
          signal.throwIfAborted();
          await pipeline(Readable.from([chunks[i]]), client.query(copyFrom(sql)));
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: clients }, worker));
    const seconds = (performance.now() - started) / 1000;
    return { eventsPerSec: plan.events / seconds, method: `COPY FROM STDIN, ${clients} connections, ${plan.batch} rows per COPY` };
  } finally {
    await pool.end();
  }
}

/** Schema read from the PostgreSQL run, used when the PGlite data folder cannot be opened. */
let lastPostgresSchema: EventsSchema | undefined;

/** PGlite: a fresh instance with the app's events table rebuilt, filled by COPY FROM '/dev/blob'. */
export async function pgliteBaseline(appDataDir: string, plan: BenchPlan, signal: AbortSignal): Promise<BaselineResult | string> {
  const schema = (await readPgliteSchema(appDataDir)) ?? lastPostgresSchema;
  if (!schema) return "skipped: could not read the app's events table";
  const baselineDir = await mkdtemp(path.join(os.tmpdir(), "ringwatch-bench-baseline-"));
  const db = await PGlite.create(baselineDir);
  try {
    for (const statement of baselineTableDdl(schema)) await db.exec(statement).catch((error: unknown) => warnSkippedDdl(statement, error));
    const columns = copyColumns(schema, benchEvent(plan, plan.warmupEvents));
    const chunks = copyChunks(plan, columns);
    const sql = copySql(columns, "'/dev/blob'");
    const started = performance.now();
    for (const chunk of chunks) {
      signal.throwIfAborted();
      await db.query(sql, [], { blob: new Blob([new Uint8Array(chunk)]) });
    }
    const seconds = (performance.now() - started) / 1000;
    return { eventsPerSec: plan.events / seconds, method: `COPY FROM '/dev/blob' into a fresh PGlite, ${plan.batch} rows per COPY` };
  } finally {
    await db.close();
    await rm(baselineDir, { recursive: true, force: true });
  }
}

function warnSkippedDdl(statement: string, error: unknown): void {
  console.warn(`  (baseline) skipped DDL: ${statement.slice(0, 120)}: ${error instanceof Error ? error.message : String(error)}`);
}
