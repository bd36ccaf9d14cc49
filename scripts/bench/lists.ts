/**
 * `npm run bench:lists`: what the list totals and the overview's history cost. PostgreSQL seeded
 * with 100,000 devices and audit entries; each list's page timed alone and with its count, same run.
 * Then a deployment offered to every device, ten heartbeats per device over a week (90% moving to
 * the new version) and a crash per 50 devices a day: the overview history for 7 and 90 days.
 *   --devices 100000  --runs 30
 */
import { parseArgs } from "node:util";
import { createScratchDatabase, withPgClient } from "../lib/pgDatabase";
import { openDatabase } from "../../server/db/database";
import type { Sql } from "../../server/db/sql";
import { countDevices, devicePage } from "../../server/queries/devices";
import { countAudit, auditPage } from "../../server/queries/audit";
import { overviewHistory } from "../../server/queries/overviewHistory";
import { percentile } from "./stats";

const { values } = parseArgs({ options: { devices: { type: "string", default: "100000" }, runs: { type: "string", default: "30" } } });
const DEVICES = Number(values.devices);
const RUNS = Number(values.runs);
const HISTORY_RUNS = 5;

/** Devices in every state and two agent versions, as bench:health seeds them. */
const SEED_DEVICES = `
  INSERT INTO devices (device_id, hash_bucket, first_seen_at, last_seen_at, last_heartbeat_at, boot_id, interval_sec, hostname, os, os_version,
                       model, versions, last_crash_at, last_crash_kind, boot_loop_at)
  SELECT 'bench-' || lpad(i::text, 6, '0'), (i * 7919) % 10000, now() - interval '6 days',
         now() - CASE WHEN i % 50 = 0 THEN interval '2 hours' ELSE make_interval(secs => i % 200) END,
         now() - CASE WHEN i % 50 = 0 THEN interval '2 hours' ELSE make_interval(secs => i % 200) END,
         'b', 300, 'host-' || i, 'windows', '10.0.22631', 'Latitude 7440',
         jsonb_build_object('agent', (ARRAY['7.11.0', '7.12.0'])[1 + i % 2]),
         CASE WHEN i % 97 = 0 THEN now() - interval '1 hour' END, CASE WHEN i % 97 = 0 THEN 'kernel' END,
         CASE WHEN i % 499 = 0 THEN now() - interval '30 minutes' END
  FROM generate_series(1, $1::int) i`;
const SEED_DEPLOYMENT = `
  WITH r AS (INSERT INTO releases (component, version) VALUES ('agent', '7.12.0') RETURNING id),
  d AS (INSERT INTO deployments (release_id, component, version, status, created_at, updated_at)
        SELECT id, 'agent', '7.12.0', 'completed', now() - interval '6 days', now() - interval '5 days' FROM r RETURNING id, release_id),
  s AS (INSERT INTO deployment_stages (deployment_id, position, ring, bake_seconds, status, started_at, finished_at)
        SELECT id, 0, 'broad', 0, 'passed', now() - interval '6 days', now() - interval '5 days' FROM d)
  INSERT INTO exposures (release_id, device_id, deployment_id, ring, exposed_at)
  SELECT d.release_id, 'bench-' || lpad(i::text, 6, '0'), d.id, 'broad', now() - interval '6 days' + make_interval(secs => i % 86400)
  FROM d, generate_series(1, $1::int) i`;
/** Ten heartbeats per device, one every 14 hours from 6.5 days ago; 90% run 7.12.0 from the third on. */
const SEED_EVENTS = `
  INSERT INTO events (dedupe_key, type, device_id, ts, boot_id, payload)
  SELECT md5('bench-hb-' || i || '-' || k)::uuid, 'heartbeat', 'bench-' || lpad(i::text, 6, '0'),
         now() - interval '156 hours' + make_interval(hours => k * 14) + make_interval(secs => i % 3600), 'b',
         json_build_object('versions', json_build_object('agent', CASE WHEN k >= 2 AND i % 10 <> 0 THEN '7.12.0' ELSE '7.11.0' END))
  FROM generate_series(1, $1::int) i, generate_series(0, 9) k`;
const SEED_CRASHES = `
  INSERT INTO events (dedupe_key, type, device_id, ts, boot_id, payload)
  SELECT md5('bench-crash-' || i || '-' || k)::uuid, 'crash', 'bench-' || lpad(i::text, 6, '0'), now() - make_interval(days => k, secs => i % 80000), 'b',
         '{"kind":"kernel"}'::json
  FROM generate_series(1, $1::int, 50) i, generate_series(0, 6) k`;
const SEED_AUDIT = `INSERT INTO audit_log (actor, action, target_type, target_id) SELECT 'system', 'deployment.promote', 'deployment', 'd' || i FROM generate_series(1, $1::int) i`;

async function timed(work: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
  for (let i = 0; i < 2; i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  return ms;
}

interface Case {
  name: string;
  page: (sql: Sql) => Promise<unknown>;
  count: (sql: Sql) => Promise<{ total: number; totalIsLowerBound: boolean }>;
}

const now = () => new Date();
const CASES: Case[] = [
  { name: "devices, no filter", page: (sql) => devicePage(sql, { limit: 50, sort: "device_id" }, now()), count: (sql) => countDevices(sql, {}, now()) },
  {
    name: "devices, state=crashed",
    page: (sql) => devicePage(sql, { limit: 50, sort: "device_id", state: "crashed" }, now()),
    count: (sql) => countDevices(sql, { state: "crashed" }, now()),
  },
  {
    name: "devices, ring=broad",
    page: (sql) => devicePage(sql, { limit: 50, sort: "device_id", ring: "broad" }, now()),
    count: (sql) => countDevices(sql, { ring: "broad" }, now()),
  },
  {
    name: "devices, agent 7.12.0",
    page: (sql) => devicePage(sql, { limit: 50, sort: "last_seen", component: "agent", version: "7.12.0" }, now()),
    count: (sql) => countDevices(sql, { component: "agent", version: "7.12.0" }, now()),
  },
  {
    name: "devices, q=host-4242",
    page: (sql) => devicePage(sql, { limit: 50, sort: "device_id", q: "host-4242" }, now()),
    count: (sql) => countDevices(sql, { q: "host-4242" }, now()),
  },
  { name: "audit, no filter", page: (sql) => auditPage(sql, { limit: 50 }), count: (sql) => countAudit(sql, {}) },
];

const scratch = await createScratchDatabase("ringwatch_bench_lists");
try {
  const db = await openDatabase({ databaseUrl: scratch.url });
  await withPgClient(scratch.url, async (client) => {
    await client.query(SEED_DEVICES, [DEVICES]);
    await client.query(SEED_AUDIT, [DEVICES]);
    await client.query("ANALYZE");
  });
  console.log(`\nList totals: PostgreSQL, ${DEVICES.toLocaleString("en-US")} devices and audit entries, ${RUNS} runs each (p50 / p95 ms)`);
  console.log("list                      | page p50 | page p95 | page+count p50 | page+count p95 | total");
  for (const c of CASES) {
    const page = await timed(() => c.page(db.sql));
    const both = await timed(() => Promise.all([c.page(db.sql), c.count(db.sql)]));
    const total = await c.count(db.sql);
    const cell = (ms: number[], p: number, width: number) => percentile(ms, p).toFixed(1).padStart(width);
    console.log(
      `${c.name.padEnd(25)} | ${cell(page, 0.5, 8)} | ${cell(page, 0.95, 8)} | ${cell(both, 0.5, 14)} | ${cell(both, 0.95, 14)} | ${total.total.toLocaleString("en-US")}${total.totalIsLowerBound ? "+" : ""}`,
    );
  }
  await withPgClient(scratch.url, async (client) => {
    await client.query(SEED_DEPLOYMENT, [DEVICES]);
    await client.query(SEED_EVENTS, [DEVICES]);
    await client.query(SEED_CRASHES, [DEVICES]);
    await client.query("ANALYZE");
  });
  console.log(
    `\nOverview history: ${DEVICES.toLocaleString("en-US")} devices exposed to one release, ${(DEVICES * 10).toLocaleString("en-US")} heartbeats (p50 / p95 ms)`,
  );
  for (const days of [7, 90]) {
    const ms = await timed(() => overviewHistory(db.sql, new Date(), days), HISTORY_RUNS);
    const history = await overviewHistory(db.sql, new Date(), days);
    const adoption = history.adoption[0];
    console.log(
      `days=${String(days).padEnd(3)} | ${percentile(ms, 0.5).toFixed(1).padStart(8)} | ${percentile(ms, 0.95).toFixed(1).padStart(8)} | adoption ${adoption?.running.at(-1)} of ${adoption?.targetDevices}`,
    );
  }
  const plan = await db.sql.query<{ "QUERY PLAN": string }>(
    `EXPLAIN SELECT count(*) FROM events ev WHERE ev.type = 'crash' AND ev.ts >= now() - interval '90 days' AND ev.ts <= now()`,
  );
  console.log(`crash-events plan: ${plan.map((row) => row["QUERY PLAN"].trim()).join(" / ")}`);
  await db.close();
} finally {
  await scratch.drop();
}
