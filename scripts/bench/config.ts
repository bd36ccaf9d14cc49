/** The benchmark's command line: flags, their defaults and validation. */
import { parseArgs } from "node:util";

export type Backend = "postgres" | "pglite";

export const DEFAULT_EVENTS: Record<Backend, number> = { postgres: 1_000_000, pglite: 300_000 };

export interface BenchConfig {
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

export function readConfig(argv: string[]): BenchConfig {
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
  const names = raw
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) if (name !== "postgres" && name !== "pglite") throw new Error(`unknown backend ${name} (postgres, pglite)`);
  return names as Backend[];
}
