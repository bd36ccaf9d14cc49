/**
 * Ingest benchmark: how many heartbeat events per second the production server stores, on PostgreSQL
 * and on the embedded PGlite, next to what the database itself takes by COPY (the ceiling).
 *
 *   npm run build && npm run bench:ingest -- [--backends postgres,pglite] [--events N] [--batch 2000]
 *                                            [--clients 4] [--gzip] [--devices 100000] [--json out.json]
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { assertProductionBuild, repoRoot, startAppServer, type AppServer } from "../lib/appServer";
import { createScratchDatabase, withPgClient } from "../lib/pgDatabase";
import { hashSeed, heartbeatEvent, makeDeviceProfile, mulberry32, retryAfterMs, seededUuid, type DeviceProfile, type HeartbeatEvent } from "../fleet/simulator";
import { dedupeKeyOf } from "../../core/ingest/triage";
import type { IngestEvent } from "../../schemas/events";
import { dedupeUuid } from "../../server/services/ingest/accept";

type Backend = "postgres" | "pglite";

const DEFAULT_EVENTS: Record<Backend, number> = { postgres: 1_000_000, pglite: 300_000 };
const BENCH_SEED = 20240719;
const BASELINE_TABLE = "events_copy_baseline";

interface BenchConfig {
  backends: Backend[];
  eventsOverride?: number;
  batch: number;
  clients: number;
  gzip: boolean;
  devices: number;
  warmupBatches: number;
  timeoutMs: number;
  jsonOut?: string;
}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

function readConfig(argv: string[]): BenchConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      backends: { type: "string", default: "postgres,pglite" },
      events: { type: "string" },
      batch: { type: "string", default: "2000" },
      clients: { type: "string", default: "4" },
      gzip: { type: "boolean", default: false },
      devices: { type: "string", default: "100000" },
      "warmup-batches": { type: "string" },
      "timeout-min": { type: "string", default: "15" },
      json: { type: "string" },
    },
  });
  const batch = intFlag(values.batch, "--batch");
  if (batch < 1000 || batch > 5000) throw new Error("--batch must be between 1000 and 5000");
  const clients = intFlag(values.clients, "--clients");
  return {
    backends: parseBackends(values.backends),
    eventsOverride: values.events === undefined ? undefined : intFlag(values.events, "--events"),
    batch,
    clients,
    gzip: values.gzip,
    devices: intFlag(values.devices, "--devices"),
    // One batch per client before timing: connection set-up and JIT warm-up are not ingest cost.
    warmupBatches: values["warmup-batches"] === undefined ? clients : Number(values["warmup-batches"]),
    timeoutMs: intFlag(values["timeout-min"], "--timeout-min") * 60_000,
    jsonOut: values.json,
  };
}

function intFlag(raw: string, flag: string): number {
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer, got ${raw}`);
  return value;
}

function parseBackends(raw: string): Backend[] {
  const names = raw.split(",").map((name) => name.trim()).filter(Boolean);
  for (const name of names) if (name !== "postgres" && name !== "pglite") throw new Error(`unknown backend ${name} (postgres, pglite)`);
  return names as Backend[];
}

// ---------------------------------------------------------------------------------------------
// Generated events
// ---------------------------------------------------------------------------------------------

/** Events 0..warmupEvents-1 warm the server up; the rest are measured (and copied by the baseline). */
interface BenchPlan {
  warmupEvents: number;
  events: number;
  total: number;
  devices: number;
  batch: number;
  endMs: number;
  intervalSec: number;
  profiles: DeviceProfile[];
  bootIds: string[];
  bootedAtMs: number[];
}

function makePlan(events: number, config: BenchConfig): BenchPlan {
  const warmupEvents = config.warmupBatches * config.batch;
  const total = events + warmupEvents;
  const devices = Math.min(config.devices, total);
  // Events are 1 ms apart, so every ts is distinct (the (type, deviceId, ts) key too); a million of
  // them span ~17 minutes, ending just before now: never in the future, far inside the 7-day window.
  const endMs = Date.now() - 1_000;
  const profiles = Array.from({ length: devices }, (_, index) => makeDeviceProfile(index, { seed: BENCH_SEED }));
  const bootIds = profiles.map((profile) => seededUuid(mulberry32(hashSeed(BENCH_SEED, "boot", profile.deviceId))));
  const bootedAtMs = profiles.map((_, index) => endMs - total - 3_600_000 - (index % 1_000) * 60_000);
  // A device's consecutive events are `devices` ms apart: report that as its heartbeat period.
  const intervalSec = Math.min(3600, Math.max(1, Math.round(devices / 1000)));
  return { warmupEvents, events, total, devices, batch: config.batch, endMs, intervalSec, profiles, bootIds, bootedAtMs };
}

/** Event i of the plan: a pure function, so the app run and the baseline see the very same rows. */
function benchEvent(plan: BenchPlan, i: number): HeartbeatEvent {
  const device = i % plan.devices;
  const tsMs = plan.endMs - (plan.total - 1 - i);
  return heartbeatEvent(plan.profiles[device], {
    bootId: plan.bootIds[device],
    seq: Math.floor(i / plan.devices),
    tsMs,
    intervalSec: plan.intervalSec,
    uptimeSec: Math.floor((tsMs - plan.bootedAtMs[device]) / 1000),
  });
}

/** [start, end) event ranges of one batch each, over [from, to). */
function batchRanges(from: number, to: number, batch: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let start = from; start < to; start += batch) ranges.push([start, Math.min(to, start + batch)]);
  return ranges;
}

interface PreparedBatch {
  body: Uint8Array<ArrayBuffer>;
  events: number;
}

/** Request bodies built before the clock starts, so client-side JSON is not billed to the server. */
function prepareBatches(plan: BenchPlan, from: number, to: number, gzip: boolean): PreparedBatch[] {
  return batchRanges(from, to, plan.batch).map(([start, end]) => {
    const events = Array.from({ length: end - start }, (_, k) => benchEvent(plan, start + k));
    const json = Buffer.from(JSON.stringify({ events }));
    return { body: new Uint8Array(gzip ? gzipSync(json) : json), events: end - start };
  });
}

// ---------------------------------------------------------------------------------------------
// Sending to the app
// ---------------------------------------------------------------------------------------------

interface SendOutcome {
  events: number;
  wallMs: number;
  latenciesMs: number[];
  accepted: number;
  duplicates: number;
  rejected: number;
  firstRejection?: string;
  throttled: number;
}

interface IngestTarget {
  baseUrl: string;
  apiKey: string;
  gzip: boolean;
  signal: AbortSignal;
}

/** `clients` concurrent keep-alive clients, each taking the next batch until none is left. */
async function sendBatches(target: IngestTarget, batches: PreparedBatch[], clients: number): Promise<SendOutcome> {
  const outcome: SendOutcome = { events: 0, wallMs: 0, latenciesMs: [], accepted: 0, duplicates: 0, rejected: 0, throttled: 0 };
  let next = 0;
  const client = async () => {
    for (let i = next++; i < batches.length; i = next++) await sendBatch(target, batches[i], i, outcome);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  outcome.wallMs = performance.now() - started;
  return outcome;
}

/** One batch: 429 waits for Retry-After and tries again; anything but 202 ends the run loudly. */
async function sendBatch(target: IngestTarget, batch: PreparedBatch, index: number, outcome: SendOutcome): Promise<void> {
  const headers: Record<string, string> = { authorization: `Bearer ${target.apiKey}`, "content-type": "application/json" };
  if (target.gzip) headers["content-encoding"] = "gzip";
  for (;;) {
    target.signal.throwIfAborted();
    const started = performance.now();
    const response = await fetch(`${target.baseUrl}/api/v1/ingest`, { method: "POST", headers, body: batch.body, signal: target.signal });
    const text = await response.text();
    if (response.status === 429) {
      outcome.throttled += 1;
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs(response.headers.get("retry-after"))));
      continue;
    }
    if (response.status !== 202) throw new Error(`batch ${index}: HTTP ${response.status}: ${text.slice(0, 500)}`);
    outcome.latenciesMs.push(performance.now() - started);
    recordAnswer(outcome, batch.events, text);
    return;
  }
}

function recordAnswer(outcome: SendOutcome, events: number, text: string): void {
  const body = JSON.parse(text) as { accepted?: unknown; duplicates?: unknown; rejected?: unknown };
  if (typeof body.accepted !== "number") throw new Error(`202 without a numeric "accepted": ${text.slice(0, 300)}`);
  const rejected = Array.isArray(body.rejected) ? body.rejected : [];
  outcome.events += events;
  outcome.accepted += body.accepted;
  outcome.duplicates += typeof body.duplicates === "number" ? body.duplicates : 0;
  outcome.rejected += rejected.length;
  if (rejected.length > 0) outcome.firstRejection ??= JSON.stringify(rejected[0]);
}

/** The contract: a 202 means every valid event is stored. Fresh events must all be accepted. */
function assertAllAccepted(outcome: SendOutcome, expected: number, phase: string): void {
  if (outcome.accepted === expected && outcome.events === expected) return;
  throw new Error(
    `${phase}: sent ${expected} events but the server accepted ${outcome.accepted} ` +
      `(duplicates ${outcome.duplicates}, rejected ${outcome.rejected}${outcome.firstRejection ? `, first rejection ${outcome.firstRejection}` : ""})`,
  );
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

// ---------------------------------------------------------------------------------------------
// COPY baseline: the same rows, straight into the database
// ---------------------------------------------------------------------------------------------

interface EventsColumn {
  name: string;
  dataType: string;
  fullType: string;
  nullable: boolean;
  defaultExpr: string | null;
  identity: boolean;
  generated: boolean;
}

interface EventsSchema {
  schema: string;
  columns: EventsColumn[];
  indexDefs: string[];
}

type QueryRows = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** The app's `events` table as the database describes it (whatever columns the app chose). */
async function readEventsSchema(query: QueryRows): Promise<EventsSchema | undefined> {
  const tables = await query(
    `SELECT table_schema FROM information_schema.tables WHERE table_name = 'events' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema = 'public' DESC LIMIT 1`,
  );
  if (tables.length === 0) return undefined;
  const schema = String(tables[0].table_schema);
  const columns = await query(
    `SELECT c.column_name, c.data_type, c.is_nullable, c.column_default, c.is_identity, c.is_generated,
            format_type(a.atttypid, a.atttypmod) AS full_type
       FROM information_schema.columns c
       JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
      WHERE c.table_schema = $1 AND c.table_name = 'events' ORDER BY c.ordinal_position`,
    [schema],
  );
  const indexes = await query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'events'`, [schema]);
  return { schema, columns: columns.map(toEventsColumn), indexDefs: indexes.map((row) => String(row.indexdef)) };
}

function toEventsColumn(row: Record<string, unknown>): EventsColumn {
  return {
    name: String(row.column_name),
    dataType: String(row.data_type),
    fullType: String(row.full_type),
    nullable: row.is_nullable === "YES",
    defaultExpr: row.column_default === null ? null : String(row.column_default),
    identity: row.is_identity === "YES",
    generated: row.is_generated === "ALWAYS",
  };
}

type CopyValue = string | number | boolean | Date | object | null;

/**
 * What the baseline writes into one column of the app's events table, recognised by name; undefined
 * leaves the column to its default. Unknown columns are matched to an event field by camelCase name
 * (e.g. `interval_sec`), and required ones without default get a plausible value of their type.
 */
function columnValue(column: EventsColumn, event: HeartbeatEvent, receivedAt: Date): CopyValue | undefined {
  if (column.generated) return undefined;
  switch (column.name) {
    case "dedupe_key":
    case "dedupeKey":
      // The app keys events by a UUID digest of the contract's dedupe key; write the same value.
      return column.dataType === "uuid" ? dedupeUuid(dedupeKeyOf(event as unknown as IngestEvent)) : (event.eventId ?? null);
    case "event_id":
    case "eventId":
      return event.eventId ?? null;
    case "type":
      return event.type;
    case "device_id":
    case "deviceId":
      return event.deviceId;
    case "ts":
      return new Date(event.ts);
    case "received_at":
    case "receivedAt":
      return receivedAt;
    case "boot_id":
    case "bootId":
      return event.bootId;
    case "payload": {
      // As the app stores it: type, deviceId and ts live in their own columns.
      const { type: _type, deviceId: _deviceId, ts: _ts, ...fields } = event;
      return fields;
    }
  }
  const field = (event as unknown as Record<string, unknown>)[camelCase(column.name)];
  if (field !== undefined) return field as CopyValue;
  const required = !column.nullable && column.defaultExpr === null && !column.identity;
  return required ? fallbackValue(column, event, receivedAt) : undefined;
}

function fallbackValue(column: EventsColumn, event: HeartbeatEvent, receivedAt: Date): CopyValue {
  if (column.dataType === "uuid") return randomUUID();
  if (/int|numeric|double|real/.test(column.dataType)) return 0;
  if (column.dataType.startsWith("timestamp")) return receivedAt;
  if (column.dataType === "jsonb" || column.dataType === "json") return {};
  if (column.dataType === "boolean") return false;
  return event.eventId ?? event.deviceId;
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function csvField(value: CopyValue | undefined, column: EventsColumn): string {
  if (value === null || value === undefined) return ""; // unquoted empty = NULL in CSV COPY
  if (value instanceof Date) return /int|numeric/.test(column.dataType) ? String(value.getTime()) : value.toISOString();
  if (column.dataType === "json" || column.dataType === "jsonb") return csvQuote(JSON.stringify(value));
  if (typeof value === "object") return csvQuote(JSON.stringify(value));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return csvQuote(value);
}

function csvQuote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The columns the baseline fills, decided once from a sample event. */
function copyColumns(schema: EventsSchema, sample: HeartbeatEvent): EventsColumn[] {
  const now = new Date();
  return schema.columns.filter((column) => columnValue(column, sample, now) !== undefined);
}

function copySql(columns: EventsColumn[], source: string): string {
  const list = columns.map((column) => pg.escapeIdentifier(column.name)).join(", ");
  return `COPY ${BASELINE_TABLE} (${list}) FROM ${source} WITH (FORMAT csv)`;
}

/** CSV chunks with the batch boundaries of the app run: each chunk is one COPY, one commit. */
function copyChunks(plan: BenchPlan, columns: EventsColumn[]): Buffer[] {
  const receivedAt = new Date();
  return batchRanges(plan.warmupEvents, plan.total, plan.batch).map(([start, end]) => {
    const lines: string[] = [];
    for (let i = start; i < end; i += 1) {
      const event = benchEvent(plan, i);
      lines.push(columns.map((column) => csvField(columnValue(column, event, receivedAt), column)).join(","));
    }
    return Buffer.from(`${lines.join("\n")}\n`);
  });
}

interface BaselineResult {
  eventsPerSec: number;
  method: string;
}

/** PostgreSQL: a LIKE-copy of the app's table, filled by `clients` parallel COPY streams. */
async function postgresBaseline(url: string, plan: BenchPlan, clients: number, signal: AbortSignal): Promise<BaselineResult | string> {
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
async function pgliteBaseline(appDataDir: string, plan: BenchPlan, signal: AbortSignal): Promise<BaselineResult | string> {
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

/** Opens the app's PGlite folder (server stopped) just long enough to read its events table. */
async function readPgliteSchema(appDataDir: string): Promise<EventsSchema | undefined> {
  const dataDir = await findPgliteDataDir(appDataDir);
  if (!dataDir) return undefined;
  const db = await PGlite.create(dataDir);
  try {
    return await readEventsSchema(async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows);
  } catch (error) {
    console.warn(`  (baseline) could not read ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    await db.close();
  }
}

/** RINGWATCH_DATA_DIR itself, or a sub-folder of it, holds PG_VERSION. */
async function findPgliteDataDir(root: string): Promise<string | undefined> {
  if (existsSync(path.join(root, "PG_VERSION"))) return root;
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(path.join(root, entry.name, "PG_VERSION"))) return path.join(root, entry.name);
  }
  return undefined;
}

/** CREATE TABLE + indexes equivalent to the app's events table, for a database that lacks its types. */
function baselineTableDdl(schema: EventsSchema): string[] {
  const columns = schema.columns.map((column) => {
    const userType = column.dataType === "USER-DEFINED"; // an enum of the app: plain text here
    const sequence = column.defaultExpr?.includes("nextval(") ?? false;
    const identity = column.identity || (sequence && /int/.test(column.dataType));
    const keepDefault = column.defaultExpr !== null && !sequence && !userType && !column.generated;
    return [
      pg.escapeIdentifier(column.name),
      userType ? "text" : column.fullType,
      identity ? "GENERATED BY DEFAULT AS IDENTITY" : "",
      keepDefault ? `DEFAULT ${column.defaultExpr}` : "",
      column.nullable ? "" : "NOT NULL",
    ].filter(Boolean).join(" ");
  });
  const indexes = schema.indexDefs.map((definition) =>
    definition.replace(/^CREATE (UNIQUE )?INDEX (\S+) ON (\S+) /, (_, unique: string | undefined, name: string) => `CREATE ${unique ?? ""}INDEX ${name}_baseline ON ${BASELINE_TABLE} `),
  );
  return [`CREATE TABLE ${BASELINE_TABLE} (${columns.join(", ")})`, ...indexes];
}

// ---------------------------------------------------------------------------------------------
// One backend, start to finish
// ---------------------------------------------------------------------------------------------

interface BackendResult {
  backend: Backend;
  events: number;
  eventsPerSec?: number;
  p50Ms?: number;
  p99Ms?: number;
  accepted?: number;
  throttled?: number;
  prepSeconds?: number;
  requestMiB?: number;
  tableRows?: number;
  baseline?: BaselineResult;
  baselineNote?: string;
  serverLog?: string;
  error?: string;
}

/** Cleanup steps run in reverse order, each one even if an earlier one failed. */
class Cleanup {
  private readonly steps: Array<{ label: string; run: () => Promise<unknown> }> = [];

  defer(label: string, run: () => Promise<unknown>): void {
    this.steps.push({ label, run });
  }

  async runAll(): Promise<void> {
    for (const step of this.steps.reverse()) {
      await step.run().catch((error: unknown) => console.warn(`  cleanup (${step.label}) failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
}

interface BackendRun {
  backend: Backend;
  config: BenchConfig;
  result: BackendResult;
  cleanup: Cleanup;
  signal: AbortSignal;
  apiKey: string;
}

async function runBackend(backend: Backend, config: BenchConfig, abort: AbortController): Promise<BackendResult> {
  const events = config.eventsOverride ?? DEFAULT_EVENTS[backend];
  const run: BackendRun = { backend, config, result: { backend, events }, cleanup: new Cleanup(), signal: abort.signal, apiKey: `rw_bench_${randomBytes(24).toString("base64url")}` };
  const deadline = setTimeout(() => abort.abort(new Error(`${backend}: gave up after ${config.timeoutMs / 60_000} min`)), config.timeoutMs);
  try {
    await raceAbort(benchBackend(run, events), abort.signal);
  } catch (error) {
    run.result.error = error instanceof Error ? error.message : String(error);
    console.error(`[bench] ${backend} FAILED: ${run.result.error}`);
  } finally {
    clearTimeout(deadline);
    // Stopping the server and dropping the database also unblocks a step stuck past the deadline.
    await run.cleanup.runAll();
  }
  return run.result;
}

/** Settles with `work`, or rejects as soon as the signal aborts (the work is then cleaned up). */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

async function benchBackend(run: BackendRun, events: number): Promise<void> {
  const { backend, config } = run;
  console.log(`\n[bench] ${backend}: preparing ${events.toLocaleString("en")} events (+${config.warmupBatches} warm-up batches) over ${Math.min(config.devices, events).toLocaleString("en")} devices`);
  const plan = makePlan(events, config);
  const prepStarted = performance.now();
  const warmup = prepareBatches(plan, 0, plan.warmupEvents, config.gzip);
  let measured = prepareBatches(plan, plan.warmupEvents, plan.total, config.gzip);
  run.result.prepSeconds = (performance.now() - prepStarted) / 1000;
  run.result.requestMiB = measured.reduce((sum, batch) => sum + batch.body.byteLength, 0) / 2 ** 20;
  console.log(`[bench] ${backend}: client-side JSON${config.gzip ? "+gzip" : ""} took ${run.result.prepSeconds.toFixed(1)} s (not counted), ${run.result.requestMiB.toFixed(0)} MiB of request bodies`);

  const { server, databaseUrl, dataDir } = await startServerFor(run);
  const target: IngestTarget = { baseUrl: server.baseUrl, apiKey: run.apiKey, gzip: config.gzip, signal: run.signal };
  assertAllAccepted(await sendBatches(target, warmup, config.clients), plan.warmupEvents, "warm-up");
  console.log(`[bench] ${backend}: sending ${measured.length} batches of ${config.batch} with ${config.clients} clients...`);
  const outcome = await sendBatches(target, measured, config.clients);
  assertAllAccepted(outcome, plan.events, "measured run");
  recordOutcome(run.result, outcome);
  measured = [];
  if (databaseUrl) run.result.tableRows = await countEventRows(databaseUrl);
  await server.stop();

  console.log(`[bench] ${backend}: baseline (same rows straight into the database)...`);
  const baseline = databaseUrl ? await postgresBaseline(databaseUrl, plan, config.clients, run.signal) : await pgliteBaseline(dataDir ?? "", plan, run.signal);
  if (typeof baseline === "string") run.result.baselineNote = baseline;
  else run.result.baseline = baseline;
  console.log(`[bench] ${backend}: ${describeResult(run.result)}`);
}

interface StartedServer {
  server: AppServer;
  databaseUrl?: string;
  dataDir?: string;
}

/** A fresh database (scratch PostgreSQL database or empty PGlite folder) and a server on it. */
async function startServerFor(run: BackendRun): Promise<StartedServer> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const logFile = path.join(os.tmpdir(), `ringwatch-bench-${run.backend}-${stamp}.log`);
  run.result.serverLog = logFile;
  const env = { RINGWATCH_BOOTSTRAP_API_KEY: run.apiKey };
  if (run.backend === "postgres") {
    const database = await createScratchDatabase("ringwatch_bench");
    run.cleanup.defer(`drop database ${database.name}`, () => database.drop());
    console.log(`[bench] postgres: database ${database.name}, server log ${logFile}`);
    const server = await startAppServer({ databaseUrl: database.url, env, logFile });
    run.cleanup.defer("stop server", () => server.stop());
    return { server, databaseUrl: database.url };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ringwatch-bench-pglite-"));
  run.cleanup.defer(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  console.log(`[bench] pglite: data dir ${dataDir}, server log ${logFile}`);
  const server = await startAppServer({ dataDir, env, logFile });
  run.cleanup.defer("stop server", () => server.stop());
  return { server, dataDir };
}

function recordOutcome(result: BackendResult, outcome: SendOutcome): void {
  result.eventsPerSec = outcome.events / (outcome.wallMs / 1000);
  result.p50Ms = percentile(outcome.latenciesMs, 0.5);
  result.p99Ms = percentile(outcome.latenciesMs, 0.99);
  result.accepted = outcome.accepted;
  result.throttled = outcome.throttled;
}

/** Rows in the app's events table: a cross-check, not a failure (the app may store events otherwise). */
async function countEventRows(databaseUrl: string): Promise<number | undefined> {
  try {
    return await withPgClient(databaseUrl, async (client) => Number((await client.query("SELECT count(*) AS n FROM events")).rows[0].n));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------

function describeResult(result: BackendResult): string {
  const parts = [`${fmtInt(result.eventsPerSec)} events/s`, `p50 ${fmtMs(result.p50Ms)} ms`, `p99 ${fmtMs(result.p99Ms)} ms`, `accepted ${fmtInt(result.accepted)}`];
  if (result.throttled) parts.push(`throttled ${result.throttled}x`);
  if (result.tableRows !== undefined) parts.push(`events table rows ${fmtInt(result.tableRows)}`);
  parts.push(result.baseline ? `baseline ${fmtInt(result.baseline.eventsPerSec)} events/s (${result.baseline.method})` : `baseline ${result.baselineNote ?? "n/a"}`);
  return parts.join(", ");
}

function fmtInt(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "-" : Math.round(value).toLocaleString("en");
}

function fmtMs(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(1);
}

function printSummary(results: BackendResult[], config: BenchConfig): void {
  const header = ["backend", "events", "events/s", "p50 ms", "p99 ms", "baseline events/s", "ratio"];
  const rows = results.map((r) => {
    const ratio = r.eventsPerSec && r.baseline ? `${((r.eventsPerSec / r.baseline.eventsPerSec) * 100).toFixed(1)}%` : "-";
    return r.error
      ? [r.backend, fmtInt(r.events), `FAILED: ${r.error.split("\n")[0].slice(0, 80)}`, "", "", "", ""]
      : [r.backend, fmtInt(r.events), fmtInt(r.eventsPerSec), fmtMs(r.p50Ms), fmtMs(r.p99Ms), r.baseline ? fmtInt(r.baseline.eventsPerSec) : (r.baselineNote ?? "-"), ratio];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ");
  console.log(`\nIngest benchmark: batch ${config.batch}, ${config.clients} clients, gzip ${config.gzip ? "on" : "off"}, ${os.cpus().length} CPUs, node ${process.version}`);
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(row));
  console.log("ratio = app events/s / baseline events/s (same rows, same batch boundaries, written by COPY)");
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  assertProductionBuild(repoRoot());
  const abort = { current: new AbortController() };
  let interrupted = false;
  process.on("SIGINT", () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error("\n[bench] interrupted: cleaning up (Ctrl-C again to quit at once)");
    abort.current.abort(new Error("interrupted"));
  });
  const results: BackendResult[] = [];
  for (const backend of config.backends) {
    if (interrupted) break;
    abort.current = new AbortController();
    results.push(await runBackend(backend, config, abort.current));
  }
  printSummary(results, config);
  if (config.jsonOut) await writeFile(config.jsonOut, `${JSON.stringify({ config, results }, null, 2)}\n`);
  process.exitCode = interrupted ? 130 : results.some((r) => r.error) ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
