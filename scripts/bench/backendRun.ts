/** One backend, start to finish: prepare, start a server on a fresh database, send, then the baseline. */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startAppServer, type AppServer } from "../lib/appServer";
import { createScratchDatabase, withPgClient } from "../lib/pgDatabase";
import { Cleanup, raceAbort } from "./cleanup";
import { DEFAULT_EVENTS, type Backend, type BenchConfig } from "./config";
import { pgliteBaseline, postgresBaseline, type BaselineResult } from "./copyBaseline";
import { assertAllAccepted, sendBatches, type IngestTarget, type SendOutcome } from "./httpLoad";
import { describeResult } from "./report";
import { percentile } from "./stats";
import { makePlan, prepareBatches } from "./workload";

export interface BackendResult {
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

interface BackendRun {
  backend: Backend;
  config: BenchConfig;
  result: BackendResult;
  cleanup: Cleanup;
  signal: AbortSignal;
  apiKey: string;
}

export async function runBackend(backend: Backend, config: BenchConfig, abort: AbortController): Promise<BackendResult> {
  const events = config.eventsOverride ?? DEFAULT_EVENTS[backend];
  const run: BackendRun = {
    backend,
    config,
    result: { backend, events },
    cleanup: new Cleanup(),
    signal: abort.signal,
    apiKey: `rw_bench_${randomBytes(24).toString("base64url")}`,
  };
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

async function benchBackend(run: BackendRun, events: number): Promise<void> {
  const { backend, config } = run;
  console.log(
    `\n[bench] ${backend}: preparing ${events.toLocaleString("en")} events (+${config.warmupBatches} warm-up batches) over ${Math.min(config.devices, events).toLocaleString("en")} devices`,
  );
  const plan = makePlan(events, config);
  const prepStarted = performance.now();
  const warmup = prepareBatches(plan, 0, plan.warmupEvents, config.gzip);
  let measured = prepareBatches(plan, plan.warmupEvents, plan.total, config.gzip);
  run.result.prepSeconds = (performance.now() - prepStarted) / 1000;
  run.result.requestMiB = measured.reduce((sum, batch) => sum + batch.body.byteLength, 0) / 2 ** 20;
  console.log(
    `[bench] ${backend}: client-side JSON${config.gzip ? "+gzip" : ""} took ${run.result.prepSeconds.toFixed(1)} s (not counted), ${run.result.requestMiB.toFixed(0)} MiB of request bodies`,
  );

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
