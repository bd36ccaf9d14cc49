import { mergeDeviceEvents } from "../../core/devices/merge";
import { newDeviceRecord } from "../../core/devices/record";
import { hashBucket } from "../../core/rings/assignment";
import type { HeartbeatEvent } from "../../schemas/events";
import type { Sql } from "./sql";

/**
 * The hot path for devices whose new events in a batch are all heartbeats (nearly all of them):
 * one ordered upsert, no read. It folds like core/devices/merge.ts; a test compares both. One
 * known difference: an inventory field (hostname, tags…) carried only by a heartbeat older than
 * the stored one is ignored by core but may be kept here when newer heartbeats omit it.
 */
const CURRENT = "(d.last_heartbeat_at IS NULL OR EXCLUDED.last_heartbeat_at >= d.last_heartbeat_at)";
const current = (column: string) => `CASE WHEN ${CURRENT} THEN EXCLUDED.${column} ELSE d.${column} END`;
const currentOrKept = (column: string) => `CASE WHEN ${CURRENT} THEN COALESCE(EXCLUDED.${column}, d.${column}) ELSE d.${column} END`;

const UPSERT = `
  INSERT INTO devices AS d (device_id, hash_bucket, first_seen_at, last_seen_at, last_heartbeat_at, boot_id, interval_sec,
    uptime_sec, hostname, os, os_version, model, ring_pin, tags, versions, stable_at)
  SELECT u.device_id, u.hash_bucket, u.first_seen_at, u.last_seen_at, u.last_heartbeat_at, u.boot_id, u.interval_sec,
    u.uptime_sec, u.hostname, u.os, u.os_version, u.model, u.ring_pin, NULLIF(j.facts -> 'tags', 'null'), j.facts -> 'versions', u.stable_at
  FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::int[],
    $8::int[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[]) WITH ORDINALITY
    AS u(device_id, hash_bucket, first_seen_at, last_seen_at, last_heartbeat_at, boot_id, interval_sec, uptime_sec, hostname,
      os, os_version, model, ring_pin, stable_at, n)
  -- JSON values travel as one array: a jsonb[] parameter is much slower to encode and parse.
  JOIN jsonb_array_elements($15::jsonb) WITH ORDINALITY AS j(facts, n) USING (n)
  ORDER BY 1
  ON CONFLICT (device_id) DO UPDATE SET
    first_seen_at = LEAST(d.first_seen_at, EXCLUDED.first_seen_at),
    last_seen_at = GREATEST(d.last_seen_at, EXCLUDED.last_seen_at),
    last_heartbeat_at = GREATEST(d.last_heartbeat_at, EXCLUDED.last_heartbeat_at),
    boot_id = ${current("boot_id")},
    interval_sec = ${current("interval_sec")},
    uptime_sec = ${current("uptime_sec")},
    hostname = ${currentOrKept("hostname")},
    os = ${currentOrKept("os")},
    os_version = ${currentOrKept("os_version")},
    model = ${currentOrKept("model")},
    ring_pin = ${current("ring_pin")},
    tags = ${currentOrKept("tags")},
    versions = ${current("versions")},
    stable_at = GREATEST(d.stable_at, EXCLUDED.stable_at),
    boot_loop_at = CASE
      WHEN d.boot_loop_at IS NOT NULL AND EXCLUDED.stable_at IS NOT NULL
        AND EXCLUDED.stable_at > (SELECT max((s ->> 'at')::timestamptz) FROM jsonb_array_elements(d.crash_signals) s)
      THEN NULL ELSE d.boot_loop_at END`;

/**
 * Upserts devices from their heartbeats in this batch. Each device's heartbeats are first folded by
 * core (newest wins, missing inventory fields keep earlier ones); SQL then folds that into the stored row.
 */
export async function upsertFromHeartbeats(tx: Sql, heartbeatsByDevice: Map<string, HeartbeatEvent[]>): Promise<void> {
  const columns: unknown[][] = Array.from({ length: 14 }, () => []);
  const facts: string[] = [];
  for (const [deviceId, heartbeats] of heartbeatsByDevice) {
    const b = mergeDeviceEvents(newDeviceRecord(deviceId, hashBucket(deviceId), new Date(heartbeats[0].ts)), heartbeats);
    const row = [
      deviceId,
      b.hashBucket,
      b.firstSeenAt.toISOString(),
      b.lastSeenAt.toISOString(),
      b.lastHeartbeatAt?.toISOString(),
      b.bootId,
      b.intervalSec,
      b.uptimeSec,
      b.hostname,
      b.os,
      b.osVersion,
      b.model,
      b.ringPin,
      b.stableAt?.toISOString() ?? null,
    ];
    row.forEach((value, i) => columns[i].push(value));
    facts.push(JSON.stringify({ tags: b.tags, versions: b.versions }));
  }
  await tx.query(UPSERT, [...columns, `[${facts.join(",")}]`]);
}
