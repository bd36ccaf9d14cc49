/**
 * Runs a simulated fleet against a Ringwatch server until Ctrl-C or --duration.
 *
 *   npm run fleet -- --key rw_... [--base-url http://127.0.0.1:3000] [--devices 2000] [--interval 10]
 *                    [--duration 600] [--seed 1] [--speedup 60 --backfill-min 30] [--faults demo|none]
 *                    [--batch 1000] [--concurrency 4] [--gzip]
 */
import { parseArgs } from "node:util";
import { FleetSimulator, demoFaults, noFaults, type FleetStats } from "./simulator";

const STATUS_EVERY_MS = 10_000;

interface RunConfig {
  baseUrl: string;
  apiKey: string;
  devices: number;
  intervalSec: number;
  durationSec?: number;
  seed: number;
  speedup: number;
  backfillMin: number;
  faults: "demo" | "none";
  batchSize: number;
  concurrency: number;
  gzip: boolean;
}

function readConfig(argv: string[]): RunConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      "base-url": { type: "string", default: "http://127.0.0.1:3000" },
      key: { type: "string" },
      devices: { type: "string", default: "2000" },
      interval: { type: "string", default: "10" },
      duration: { type: "string" },
      seed: { type: "string", default: "1" },
      speedup: { type: "string", default: "1" },
      "backfill-min": { type: "string", default: "0" },
      faults: { type: "string", default: "demo" },
      batch: { type: "string", default: "1000" },
      concurrency: { type: "string", default: "4" },
      gzip: { type: "boolean", default: false },
    },
  });
  const apiKey = values.key ?? process.env.RINGWATCH_INGEST_KEY;
  if (!apiKey) throw new Error("no API key: pass --key or set RINGWATCH_INGEST_KEY (a key with scope ingest)");
  if (values.faults !== "demo" && values.faults !== "none") throw new Error("--faults must be demo or none");
  return {
    baseUrl: values["base-url"].replace(/\/+$/, ""),
    apiKey,
    devices: positiveInt(values.devices, "--devices"),
    intervalSec: positiveInt(values.interval, "--interval"),
    durationSec: values.duration === undefined ? undefined : positiveInt(values.duration, "--duration"),
    seed: positiveInt(values.seed, "--seed"),
    speedup: positiveNumber(values.speedup, "--speedup"),
    backfillMin: Number(values["backfill-min"]),
    faults: values.faults,
    batchSize: positiveInt(values.batch, "--batch"),
    concurrency: positiveInt(values.concurrency, "--concurrency"),
    gzip: values.gzip,
  };
}

function positiveInt(raw: string, flag: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer, got ${raw}`);
  return value;
}

function positiveNumber(raw: string, flag: string): number {
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${flag} must be a positive number, got ${raw}`);
  return value;
}

function createFleet(config: RunConfig): FleetSimulator {
  return new FleetSimulator({
    devices: config.devices,
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    intervalSec: config.intervalSec,
    seed: config.seed,
    speedup: config.speedup,
    // Speedup replays a past span quickly; the clock never passes the wall clock.
    startAt: new Date(Date.now() - config.backfillMin * 60_000),
    faults: config.faults === "demo" ? demoFaults() : noFaults,
    relay: {
      batchSize: config.batchSize,
      concurrency: config.concurrency,
      gzip: config.gzip,
      onError: (problem) => {
        if (problem.outcome !== "retry") console.error(`[fleet] ${problem.outcome}: ${problem.events} events: ${problem.status ?? ""} ${problem.message}`);
      },
    },
  });
}

function statusLine(fleet: FleetSimulator, elapsedSec: number, previous: FleetStats): string {
  const s = fleet.stats();
  const c = fleet.fleetCounts();
  const rate = ((s.accepted + s.duplicates - previous.accepted - previous.duplicates) / (STATUS_EVERY_MS / 1000)).toFixed(0);
  return [
    `[fleet] t+${elapsedSec}s sim=${s.simulatedTime}`,
    `devices up=${c.up} down=${c.down} silent=${c.silent}`,
    `events generated=${s.generated} accepted=${s.accepted} dup=${s.duplicates} rejected=${s.rejected}`,
    `queued=${s.queued} inflight=${s.inFlight} retries=${s.retries} throttled=${s.throttled} dropped=${s.dropped}`,
    `${rate} ev/s${s.lastError ? ` last error: ${s.lastError.slice(0, 120)}` : ""}`,
  ].join(" | ");
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2));
  const fleet = createFleet(config);
  console.log(
    `[fleet] ${config.devices} devices -> ${config.baseUrl}/api/v1/ingest, heartbeat every ${config.intervalSec}s, seed ${config.seed}, faults ${config.faults}`,
  );
  const startedAt = Date.now();
  fleet.start();
  let previous = fleet.stats();
  const status = setInterval(() => {
    console.log(statusLine(fleet, Math.round((Date.now() - startedAt) / 1000), previous));
    previous = fleet.stats();
  }, STATUS_EVERY_MS);
  await untilDoneOrInterrupted(config.durationSec);
  clearInterval(status);
  console.log("[fleet] stopping: sending what is queued (Ctrl-C again to quit at once)");
  const final = await fleet.stop({ timeoutMs: 15_000 });
  console.log(`[fleet] done: ${JSON.stringify(final)}`);
  const c = fleet.fleetCounts().byFault;
  console.log(`[fleet] device fates: healthy=${c.healthy} crashy=${c.crashy} bootLoop=${c.bootLoop} silent=${c.silent}`);
  process.exitCode = final.unsent > 0 || final.dropped > 0 ? 1 : 0;
}

/** Resolves after --duration, or on the first Ctrl-C / SIGTERM; a second Ctrl-C exits at once. */
function untilDoneOrInterrupted(durationSec?: number): Promise<void> {
  return new Promise((resolve) => {
    let interrupted = false;
    const onSignal = () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      resolve();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    if (durationSec !== undefined) setTimeout(resolve, durationSec * 1000).unref();
  });
}

main().catch((error: unknown) => {
  console.error(`[fleet] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
