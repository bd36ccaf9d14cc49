/**
 * `npm run bench:detection`: how long one detection pass takes with a release exposed across a
 * large fleet (every ring started), on each backend, against the same-run floor of one full scan of
 * the devices table (ring health). Devices are written straight into the database.
 *   --devices 100000  --ticks 10  --backend both|postgres|pglite
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_HEALTHY_PERIOD_SEC } from "../../core/detection/lifecycle";
import { permissionsOfRole } from "../../server/auth/permissions";
import type { Principal } from "../../server/auth/principal";
import { openDatabase, type Database } from "../../server/db/database";
import { ringHealth } from "../../server/queries/ringHealth";
import { serviceContext, SYSTEM_PRINCIPAL } from "../../server/services/context";
import { createDeployment } from "../../server/services/deployments/create";
import { runDetection } from "../../server/services/detection/run";
import { createRelease } from "../../server/services/releases/create";
import { createScratchDatabase } from "../lib/pgDatabase";
import { percentile } from "./stats";

const { values } = parseArgs({
  options: { devices: { type: "string", default: "100000" }, ticks: { type: "string", default: "10" }, backend: { type: "string", default: "both" } },
});
const DEVICES = Number(values.devices);
const TICKS = Number(values.ticks);
const operator: Principal = {
  kind: "user",
  id: "00000000-0000-0000-0000-00000000bec0",
  email: "bench@example.com",
  name: "Bench",
  role: "operator",
  permissions: permissionsOfRole("operator"),
};

/** A varied fleet (3 OS builds, 4 models, 5 sites, 2 agent versions) with background crashes, loops and silence. */
const SEED_DEVICES = `
  INSERT INTO devices (device_id, hash_bucket, first_seen_at, last_seen_at, last_heartbeat_at, boot_id, interval_sec, hostname, os, os_version,
                       model, ring_pin, tags, versions, last_crash_at, last_crash_kind, boot_loop_at)
  SELECT 'bench-' || i, (i * 7919) % 10000, now() - interval '1 day',
         now() - CASE WHEN i % 50 = 0 THEN interval '20 minutes' ELSE make_interval(secs => i % 60) END,
         now() - CASE WHEN i % 50 = 0 THEN interval '20 minutes' ELSE make_interval(secs => i % 60) END,
         'b', 300, 'host-' || i, CASE WHEN i % 4 = 0 THEN 'linux' ELSE 'windows' END, (ARRAY['10.0.19045', '10.0.22631', '10.0.26100'])[1 + i % 3],
         (ARRAY['Latitude 7440', 'EliteBook 840', 'ThinkPad T14', 'Surface 9'])[1 + i % 4],
         CASE WHEN i % 100 = 0 THEN 'canary' WHEN i % 10 = 0 THEN 'early' ELSE 'broad' END,
         jsonb_build_object('site', (ARRAY['ams', 'fra', 'lon', 'nyc', 'sin'])[1 + i % 5]),
         jsonb_build_object('agent', (ARRAY['7.11.0', '7.12.0'])[1 + i % 2], 'content', '2024.07.18'),
         CASE WHEN i % 97 = 0 THEN now() - interval '5 minutes' END, CASE WHEN i % 97 = 0 THEN 'kernel' END,
         CASE WHEN i % 499 = 0 THEN now() - interval '4 minutes' END
  FROM generate_series(1, $1::int) i`;

/** Every device in every ring was offered the release 10 minutes ago (the broad stage is the expensive one). */
const EXPOSE_ALL = `
  INSERT INTO exposures (release_id, deployment_id, device_id, ring, exposed_at)
  SELECT $1, $2, device_id, ring_pin, now() - interval '10 minutes' FROM devices WHERE (hash_bucket % 10) <> 0`;

async function open(backend: string): Promise<{ db: Database; dispose: () => Promise<void> }> {
  if (backend === "postgres") {
    const scratch = await createScratchDatabase("ringwatch_bench_detection");
    const db = await openDatabase({ databaseUrl: scratch.url });
    return {
      db,
      dispose: async () => {
        await db.close();
        await scratch.drop();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "rw-bench-detection-"));
  const db = await openDatabase({ dataDir });
  return {
    db,
    dispose: async () => {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function timed(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(0)} ms`;

async function bench(backend: string): Promise<void> {
  const { db, dispose } = await open(backend);
  try {
    await db.sql.query(SEED_DEVICES, [DEVICES]);
    const release = await createRelease(serviceContext(db, operator, new Date()), { component: "content", version: "2024.07.19" });
    const stages = ["canary", "early", "broad"].map((ring) => ({ ring, bakeSeconds: 3600 }));
    const deployment = await createDeployment(serviceContext(db, operator, new Date()), { releaseId: release.id, stages, autoPause: false });
    await db.sql.query("UPDATE deployment_stages SET status = 'baking', started_at = now() - interval '15 minutes' WHERE deployment_id = $1", [deployment.id]);
    await db.sql.query(EXPOSE_ALL, [release.id, deployment.id]);
    await db.sql.exec("ANALYZE");
    const exposed = (await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM exposures"))[0].n;
    const healthy = DEFAULT_HEALTHY_PERIOD_SEC;
    const tick = () => runDetection(serviceContext(db, SYSTEM_PRINCIPAL, new Date()), healthy);
    await tick();
    const detection = await timed(TICKS, tick);
    const floor = await timed(TICKS, () => ringHealth(db.sql, new Date()));
    const open = await db.sql.query<{ kind: string; ring: string; severity: string }>("SELECT kind, ring, severity FROM anomalies WHERE status = 'open'");
    console.log(
      `\n[bench:detection] ${backend}: ${DEVICES.toLocaleString("en-US")} devices, ${exposed.toLocaleString("en-US")} exposed in 3 rings, ${TICKS} passes`,
    );
    console.log(`  detection pass   p50 ${ms(detection, 0.5)}  max ${ms(detection, 1)}`);
    console.log(`  floor (ring health full scan)   p50 ${ms(floor, 0.5)}  max ${ms(floor, 1)}`);
    console.log(
      `  ratio detection / floor: ${(percentile(detection, 0.5) / percentile(floor, 0.5)).toFixed(2)}x; share of a 10 s tick: ${((percentile(detection, 0.5) / 10_000) * 100).toFixed(1)}%`,
    );
    console.log(
      `  anomalies raised on a benign fleet: ${open.length}${open.length ? ` (${open.map((a) => `${a.kind}/${a.ring}/${a.severity}`).join(", ")})` : ""}`,
    );
  } finally {
    await dispose();
  }
}

for (const backend of values.backend === "both" ? ["postgres", "pglite"] : [values.backend]) await bench(backend);
