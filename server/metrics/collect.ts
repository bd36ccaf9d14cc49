import type { MetricFamily } from "../../core/metrics/exposition";
import type { Database } from "../db/database";
import { ringHealth } from "../queries/ringHealth";
import { detectionStatus } from "../services/detection/status";
import { alertmanagerStatus } from "../services/alertmanager/status";
import { serviceContext, SYSTEM_PRINCIPAL } from "../services/context";
import { ingestCounters } from "./ingestCounters";
import { signInFamilies } from "./signInCounters";

async function alertFamilies(db: Database, now: Date): Promise<MetricFamily[]> {
  const [[outbox], [hooks]] = await Promise.all([
    db.sql.query<{ depth: number; oldest: Date | null }>(
      "SELECT count(*)::int AS depth, min(created_at) AS oldest FROM webhook_deliveries WHERE status IN ('pending', 'failed')",
    ),
    db.sql.query<{ failing: number; enabled: number }>(
      "SELECT count(*) FILTER (WHERE failing_since IS NOT NULL AND enabled)::int AS failing, count(*) FILTER (WHERE enabled)::int AS enabled FROM webhooks",
    ),
  ]);
  return [
    {
      name: "ringwatch_alert_outbox_depth",
      help: "Webhook deliveries not yet delivered (pending or waiting for a retry).",
      type: "gauge",
      samples: [{ value: outbox.depth }],
    },
    {
      name: "ringwatch_alert_outbox_oldest_age_seconds",
      help: "Age of the oldest undelivered webhook delivery; 0 when none.",
      type: "gauge",
      samples: [{ value: outbox.oldest ? Math.max(0, (now.getTime() - new Date(outbox.oldest).getTime()) / 1000) : 0 }],
    },
    { name: "ringwatch_webhooks_enabled", help: "Enabled alert webhooks.", type: "gauge", samples: [{ value: hooks.enabled }] },
    {
      name: "ringwatch_webhooks_failing",
      help: "Enabled alert webhooks whose recent deliveries failed repeatedly.",
      type: "gauge",
      samples: [{ value: hooks.failing }],
    },
  ];
}

// The scrape reads as Ringwatch itself: these answers depend on no caller.
async function alertmanagerFamilies(db: Database, now: Date): Promise<MetricFamily[]> {
  const { targets } = await alertmanagerStatus(serviceContext(db, SYSTEM_PRINCIPAL, now));
  if (targets.length === 0) return [];
  const perTarget = (pick: (t: (typeof targets)[number]) => number | null) => targets.map((t) => ({ labels: { target: t.url }, value: pick(t) }));
  return [
    {
      name: "ringwatch_alertmanager_push_failures",
      help: "Failed Alertmanager pushes in a row, per target; 0 after a success.",
      type: "gauge",
      samples: perTarget((t) => t.consecutiveFailures),
    },
    {
      name: "ringwatch_alertmanager_last_success_timestamp_seconds",
      help: "Unix time of the last successful Alertmanager push, per target.",
      type: "gauge",
      samples: perTarget((t) => (t.lastSuccessAt ? Date.parse(t.lastSuccessAt) / 1000 : null)),
    },
  ];
}

async function detectionFamilies(db: Database, now: Date, intervalSec: number): Promise<MetricFamily[]> {
  const status = await detectionStatus(serviceContext(db, SYSTEM_PRINCIPAL, now), intervalSec);
  const lastTickAge = status.lastTickAt ? Math.max(0, (now.getTime() - Date.parse(status.lastTickAt)) / 1000) : null;
  return [
    {
      name: "ringwatch_detection_lag_seconds",
      help: "Detection lag of anomalies opened in the last 24 h (first device signal to detection).",
      type: "gauge",
      samples: [
        { labels: { stat: "p50" }, value: status.lagSec.p50 },
        { labels: { stat: "max" }, value: status.lagSec.max },
      ],
    },
    {
      name: "ringwatch_detection_last_tick_age_seconds",
      help: "Seconds since the last detection tick finished.",
      type: "gauge",
      samples: [{ value: lastTickAge }],
    },
    {
      name: "ringwatch_detection_last_tick_duration_seconds",
      help: "Duration of the last detection tick.",
      type: "gauge",
      samples: [{ value: status.lastTickDurationMs === null ? null : status.lastTickDurationMs / 1000 }],
    },
  ];
}

async function ringFamilies(db: Database, now: Date): Promise<MetricFamily[]> {
  const rings = await ringHealth(db.sql, now);
  const perRing = (pick: (r: (typeof rings)[number]) => number | null) => rings.map((r) => ({ labels: { ring: r.ring }, value: pick(r) }));
  return [
    { name: "ringwatch_ring_devices", help: "Devices per ring.", type: "gauge", samples: perRing((r) => r.devices) },
    {
      name: "ringwatch_ring_devices_by_state",
      help: "Devices per ring by state.",
      type: "gauge",
      samples: rings.flatMap((r) =>
        (["online", "silent", "crashed", "bootLooping"] as const).map((state) => ({ labels: { ring: r.ring, state }, value: r[state] })),
      ),
    },
    {
      name: "ringwatch_ring_crash_free_ratio",
      help: "Share of a ring's devices without a kernel or agent crash in the last 24 h.",
      type: "gauge",
      samples: perRing((r) => r.crashFreeRate),
    },
  ];
}

interface StopReachRow {
  deployment_id: string;
  component: string;
  version: string;
  action: string;
  exposed: number;
  reached: number;
}

/**
 * Kill-switch reach of each deployment's latest stop, for deployments still live or stopped in the
 * last week: the devices exposed before it, and those it has reached (fetched after it, or reverted on their own).
 */
async function reachFamilies(db: Database, now: Date): Promise<MetricFamily[]> {
  const rows = await db.sql.query<StopReachRow>(
    `SELECT DISTINCT ON (s.deployment_id) s.deployment_id::text AS deployment_id, d.component, d.version, s.action,
            (SELECT count(*)::int FROM stop_targets t WHERE t.stop_id = s.id) AS exposed,
            (SELECT count(*)::int FROM stop_targets t WHERE t.stop_id = s.id AND (t.fetched_at IS NOT NULL OR EXISTS (
               SELECT 1 FROM events ev WHERE ev.device_id = t.device_id AND ev.type = 'update' AND ev.ts >= s.at
                 AND ev.payload ->> 'status' = 'rolled_back' AND ev.payload ->> 'component' = d.component AND ev.payload ->> 'toVersion' = d.version))) AS reached
     FROM deployment_stops s JOIN deployments d ON d.id = s.deployment_id
     WHERE d.status IN ('active', 'paused', 'halted') OR s.at > $1::timestamptz - interval '7 days'
     ORDER BY s.deployment_id, s.at DESC, s.id`,
    [now.toISOString()],
  );
  const labels = (r: StopReachRow) => ({ deployment_id: r.deployment_id, component: r.component, version: r.version, action: r.action });
  return [
    {
      name: "ringwatch_stop_exposed_devices",
      help: "Devices exposed to a deployment before its latest pause, halt, roll back or hold.",
      type: "gauge",
      samples: rows.map((r) => ({ labels: labels(r), value: r.exposed })),
    },
    {
      name: "ringwatch_stop_reached_devices",
      help: "Of those, devices the stop has reached: a manifest fetched after it, or an own revert.",
      type: "gauge",
      samples: rows.map((r) => ({ labels: labels(r), value: r.reached })),
    },
    {
      name: "ringwatch_stop_reached_ratio",
      help: "Share of the exposed devices the latest stop has reached (empty until a device was exposed).",
      type: "gauge",
      samples: rows.map((r) => ({ labels: labels(r), value: r.exposed === 0 ? null : r.reached / r.exposed })),
    },
  ];
}

function ingestFamilies(): MetricFamily[] {
  const c = ingestCounters();
  return [
    { name: "ringwatch_ingest_batches_total", help: "Ingest batches answered 202 by this process.", type: "counter", samples: [{ value: c.batches }] },
    {
      name: "ringwatch_ingest_events_total",
      help: "Events in accepted batches by outcome, counted by this process.",
      type: "counter",
      samples: [
        { labels: { outcome: "accepted" }, value: c.accepted },
        { labels: { outcome: "duplicate" }, value: c.duplicates },
        { labels: { outcome: "rejected" }, value: c.rejected },
      ],
    },
  ];
}

export async function collectMetrics(db: Database, now: Date, detectionIntervalSec: number): Promise<MetricFamily[]> {
  const [alerts, alertmanager, detection, rings, reach] = await Promise.all([
    alertFamilies(db, now),
    alertmanagerFamilies(db, now),
    detectionFamilies(db, now, detectionIntervalSec),
    ringFamilies(db, now),
    reachFamilies(db, now),
  ]);
  return [...ingestFamilies(), ...signInFamilies(), ...detection, ...alerts, ...alertmanager, ...rings, ...reach];
}
