/**
 * `npm run bench:health`: ring-health API latency on PostgreSQL seeded with 100,000 devices and
 * 10M events (written straight into the database: this measures reads, not ingest).
 *   --devices 100000  --events 10000000  --requests 200
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { startAppServer } from "../lib/appServer";
import { createScratchDatabase, withPgClient } from "../lib/pgDatabase";
import { openDatabase } from "../../server/db/database";
import { ringHealth } from "../../server/queries/ringHealth";
import { percentile } from "./stats";

const { values } = parseArgs({
  options: { devices: { type: "string", default: "100000" }, events: { type: "string", default: "10000000" }, requests: { type: "string", default: "200" } },
});
const DEVICES = Number(values.devices);
const EVENTS = Number(values.events);
const REQUESTS = Number(values.requests);
const EVENT_CHUNK = 1_000_000;
/** 200 requests over ~30 s: about six snapshot refreshes happen during the run. */
const HEALTH_PACE_MS = 150;

/** Devices in every state and several versions; events spread over the last 6 days. */
const SEED_DEVICES = `
  INSERT INTO devices (device_id, hash_bucket, first_seen_at, last_seen_at, last_heartbeat_at, boot_id, interval_sec, hostname, os, os_version,
                       model, ring_pin, versions, last_crash_at, last_crash_kind, boot_loop_at)
  SELECT 'bench-' || i, (i * 7919) % 10000, now() - interval '6 days',
         now() - CASE WHEN i % 50 = 0 THEN interval '2 hours' ELSE make_interval(secs => i % 200) END,
         now() - CASE WHEN i % 50 = 0 THEN interval '2 hours' ELSE make_interval(secs => i % 200) END,
         'b', 300, 'host-' || i, 'windows', (ARRAY['10.0.19045', '10.0.22631', '10.0.26100'])[1 + i % 3], 'Latitude 7440', NULL,
         jsonb_build_object('agent', (ARRAY['7.11.0', '7.12.0'])[1 + i % 2], 'content', (ARRAY['2024.07.18', '2024.07.19', '2024.07.20'])[1 + i % 3]),
         CASE WHEN i % 97 = 0 THEN now() - interval '1 hour' END, CASE WHEN i % 97 = 0 THEN 'kernel' END,
         CASE WHEN i % 499 = 0 THEN now() - interval '30 minutes' END
  FROM generate_series(1, $1::int) i`;

const SEED_EVENTS = `
  INSERT INTO events (dedupe_key, type, device_id, ts, boot_id, payload)
  SELECT md5('bench-event-' || i)::uuid, CASE WHEN i % 200 = 0 THEN 'crash' ELSE 'heartbeat' END, 'bench-' || (1 + i % $3::int),
         now() - make_interval(secs => (i % 518400)::double precision), 'b',
         CASE WHEN i % 200 = 0 THEN '{"kind":"kernel","code":"0x00000050"}'::json ELSE '{"intervalSec":300,"versions":{"agent":"7.11.0"}}'::json END
  FROM generate_series($1::bigint, $2::bigint) i`;

/** Requests spaced `paceMs` apart, so a run spans several snapshot refreshes like a real overview does. */
async function timeRequests(url: string, key: string, count: number, paceMs = 0): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    if (paceMs) await new Promise((resolve) => setTimeout(resolve, paceMs));
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

const key = `rw_bench_${randomBytes(12).toString("hex")}`;
const scratch = await createScratchDatabase("ringwatch_bench_health");
const server = await startAppServer({ databaseUrl: scratch.url, env: { RINGWATCH_BOOTSTRAP_API_KEY: key, RINGWATCH_API_RATE_LIMIT: "1000000" } });
try {
  const seedStarted = performance.now();
  await withPgClient(scratch.url, async (client) => {
    await client.query(SEED_DEVICES, [DEVICES]);
    for (let from = 1; from <= EVENTS; from += EVENT_CHUNK) {
      await client.query(SEED_EVENTS, [from, Math.min(EVENTS, from + EVENT_CHUNK - 1), DEVICES]);
      process.stdout.write(`\r[bench] seeded ${Math.min(EVENTS, from + EVENT_CHUNK - 1).toLocaleString("en-US")} events`);
    }
    await client.query("ANALYZE");
  });
  console.log(
    `\n[bench] seeded ${DEVICES.toLocaleString("en-US")} devices and ${EVENTS.toLocaleString("en-US")} events in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`,
  );
  await timeRequests(`${server.baseUrl}/api/v1/rings/health`, key, 5);
  const health = await timeRequests(`${server.baseUrl}/api/v1/rings/health`, key, REQUESTS, HEALTH_PACE_MS);
  const floor = await timeRequests(`${server.baseUrl}/api/v1/rings`, key, REQUESTS);
  // What each snapshot refresh costs: the full scan the API amortises over its readers.
  const db = await openDatabase({ databaseUrl: scratch.url });
  const raw: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await ringHealth(db.sql, new Date());
    raw.push(performance.now() - started);
  }
  await db.close();
  const row = (name: string, l: number[]) =>
    `${name.padEnd(22)} | ${percentile(l, 0.5).toFixed(1).padStart(7)} | ${percentile(l, 0.95).toFixed(1).padStart(7)} | ${percentile(l, 0.99).toFixed(1).padStart(7)}`;
  console.log(
    `\nRing-health benchmark: PostgreSQL, ${DEVICES.toLocaleString("en-US")} devices, ${EVENTS.toLocaleString("en-US")} events, ${REQUESTS} sequential requests (the API serves a snapshot refreshed when older than 5 s)`,
  );
  console.log("endpoint               |  p50 ms |  p95 ms |  p99 ms");
  console.log(row("GET /api/v1/rings/health", health));
  console.log(row("GET /api/v1/rings (floor)", floor));
  console.log(row("snapshot refresh (raw)", raw));
  console.log(
    `p95 ratio health/floor: ${(percentile(health, 0.95) / percentile(floor, 0.95)).toFixed(1)}x; goal p95 < 150 ms: ${percentile(health, 0.95) < 150 ? "met" : "NOT met"}`,
  );
} finally {
  await server.stop();
  await scratch.drop();
}
