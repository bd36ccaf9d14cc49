/**
 * `npm run bench:manifest`: manifest requests/s at 100,000 devices, first fetch (records exposure)
 * and repeat fetch, against GET /api/health on the same server (through Next: the floor), with the
 * ratio of each to that floor, and against a bare node:http server (the machine's ceiling right now).
 * Any failed request fails the run: a fast error is not a fast manifest.
 *   --backends postgres,pglite  --devices 100000  --concurrency 32
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startAppServer } from "../lib/appServer";
import { createScratchDatabase } from "../lib/pgDatabase";
import { measureCeiling } from "./ceiling";
import { formatLoad, getLoad, type GetLoadResult } from "./getLoad";
import { adminCall, seedDevices } from "./seedFleet";

const { values } = parseArgs({
  options: {
    backends: { type: "string", default: "postgres,pglite" },
    devices: { type: "string", default: "100000" },
    concurrency: { type: "string", default: "32" },
  },
});
const DEVICES = Number(values.devices);
const CONCURRENCY = Number(values.concurrency);
/** Issue 4: every device asks every heartbeat, so the manifest must stay cheap. */
const GOAL_PER_SEC = 5_000;
const FLOOR_REQUESTS = 20_000;

const vsFloor = (load: GetLoadResult, floor: GetLoadResult) => `${(load.perSec / floor.perSec).toFixed(1)}x`;

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function runBackend(backend: string): Promise<Record<string, GetLoadResult | string>> {
  const key = `rw_bench_${randomBytes(12).toString("hex")}`;
  const scratch = backend === "postgres" ? await createScratchDatabase("ringwatch_bench_manifest") : null;
  const dataDir = backend === "pglite" ? await mkdtemp(path.join(os.tmpdir(), "ringwatch-bench-manifest-")) : undefined;
  const server = await startAppServer({ databaseUrl: scratch?.url, dataDir, env: { RINGWATCH_BOOTSTRAP_API_KEY: key, RINGWATCH_API_RATE_LIMIT: "1000000" } });
  try {
    console.log(`[bench] ${backend}: seeding ${DEVICES.toLocaleString("en-US")} devices…`);
    const ids = await seedDevices(server.baseUrl, key, DEVICES);
    const release = await adminCall<{ id: string }>(server.baseUrl, key, "POST", "/api/v1/releases", { component: "content", version: "2024.07.19" });
    const deployment = await adminCall<{ id: string }>(server.baseUrl, key, "POST", "/api/v1/deployments", {
      releaseId: release.id,
      stages: ["canary", "early", "broad"].map((ring) => ({ ring, bakeSeconds: 86_400 })),
    });
    // Every ring is offered the release, so every device's first fetch records an exposure.
    for (let i = 0; i < 2; i++)
      await adminCall(server.baseUrl, key, "POST", `/api/v1/deployments/${deployment.id}/actions`, { action: "promote", reason: "bench" });
    const paths = shuffled(ids).map((id) => `/api/v1/manifest?deviceId=${id}`);
    const health = await getLoad(
      server.baseUrl,
      key,
      Array.from({ length: FLOOR_REQUESTS }, () => "/api/health"),
      CONCURRENCY,
    );
    console.log(`[bench] ${backend}: floor GET /api/health ${formatLoad(health)}`);
    const first = await getLoad(server.baseUrl, key, paths, CONCURRENCY);
    console.log(`[bench] ${backend}: first fetch (records exposure) ${formatLoad(first)}, ${vsFloor(first, health)} the floor`);
    const repeat = await getLoad(server.baseUrl, key, shuffled(paths), CONCURRENCY);
    console.log(`[bench] ${backend}: repeat fetch ${formatLoad(repeat)}, ${vsFloor(repeat, health)} the floor`);
    const ceiling = await measureCeiling(FLOOR_REQUESTS, CONCURRENCY);
    console.log(`[bench] ${backend}: ceiling, bare node:http ${formatLoad(ceiling)}`);
    const view = await adminCall<{ stages: { exposedDevices: number }[] }>(server.baseUrl, key, "GET", `/api/v1/deployments/${deployment.id}`);
    const exposed = view.stages.reduce((sum, s) => sum + s.exposedDevices, 0);
    if (exposed !== DEVICES) throw new Error(`exposure count ${exposed} != ${DEVICES} devices that fetched the manifest`);
    return { health, first, repeat, ceiling, exposed: String(exposed) };
  } finally {
    await server.stop();
    await scratch?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

const perSec = (r: GetLoadResult) => Math.round(r.perSec).toLocaleString("en-US");
const ofCeiling = (load: GetLoadResult, ceiling: GetLoadResult) => `${Math.round((load.perSec / ceiling.perSec) * 100)}%`;
const header = [
  "backend",
  "first/s",
  "vs floor",
  "of ceiling",
  "repeat/s",
  "vs floor",
  "of ceiling",
  "repeat p99 ms",
  "floor/s",
  "ceiling/s",
  "failed",
  "exposures",
];
const rows: string[][] = [];
let failed = 0;
for (const backend of values.backends.split(",")) {
  const r = await runBackend(backend);
  const [health, first, repeat, ceiling] = [r.health, r.first, r.repeat, r.ceiling] as GetLoadResult[];
  failed += health.failures + first.failures + repeat.failures + ceiling.failures;
  rows.push([
    backend,
    perSec(first),
    vsFloor(first, health),
    ofCeiling(first, ceiling),
    perSec(repeat),
    vsFloor(repeat, health),
    ofCeiling(repeat, ceiling),
    repeat.p99Ms.toFixed(1),
    perSec(health),
    perSec(ceiling),
    String(first.failures + repeat.failures),
    r.exposed as string,
  ]);
}
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ");
console.log(
  `\nManifest benchmark: ${DEVICES.toLocaleString("en-US")} devices, ${CONCURRENCY} keep-alive connections, ${os.cpus().length} CPUs, node ${process.version}`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log("vs floor = manifest req/s / GET /api/health req/s (through Next) on the same server");
console.log("of ceiling = manifest req/s / a bare node:http server's req/s, same client, measured right after");
console.log(`goal: ${GOAL_PER_SEC.toLocaleString("en-US")} manifest req/s (issue 4)`);
if (failed > 0) {
  console.error(`[bench] ${failed} requests failed: the figures above do not count`);
  process.exitCode = 1;
}
