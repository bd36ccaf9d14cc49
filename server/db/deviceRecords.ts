import type { DeviceRecord } from "../../core/devices/record";
import type { Sql } from "./sql";

const COLUMNS = [
  "device_id",
  "hash_bucket",
  "first_seen_at",
  "last_seen_at",
  "last_heartbeat_at",
  "boot_id",
  "interval_sec",
  "uptime_sec",
  "hostname",
  "os",
  "os_version",
  "model",
  "ring_pin",
  "tags",
  "versions",
  "last_crash_at",
  "last_crash_kind",
  "crash_signals",
  "stable_at",
  "boot_loop_at",
] as const;
type Column = (typeof COLUMNS)[number];

const COLUMN_TYPES: Record<Column, string> = {
  device_id: "text",
  hash_bucket: "integer",
  first_seen_at: "timestamptz",
  last_seen_at: "timestamptz",
  last_heartbeat_at: "timestamptz",
  boot_id: "text",
  interval_sec: "integer",
  uptime_sec: "integer",
  hostname: "text",
  os: "text",
  os_version: "text",
  model: "text",
  ring_pin: "text",
  tags: "jsonb",
  versions: "jsonb",
  last_crash_at: "timestamptz",
  last_crash_kind: "text",
  crash_signals: "jsonb",
  stable_at: "timestamptz",
  boot_loop_at: "timestamptz",
};

export type DeviceRow = Record<Column, unknown>;

const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date));

export function recordFromRow(row: DeviceRow): DeviceRecord {
  return {
    deviceId: row.device_id as string,
    hashBucket: Number(row.hash_bucket),
    firstSeenAt: date(row.first_seen_at) as Date,
    lastSeenAt: date(row.last_seen_at) as Date,
    lastHeartbeatAt: date(row.last_heartbeat_at),
    bootId: (row.boot_id as string | null) ?? null,
    intervalSec: (row.interval_sec as number | null) ?? null,
    uptimeSec: (row.uptime_sec as number | null) ?? null,
    hostname: (row.hostname as string | null) ?? null,
    os: (row.os as string | null) ?? null,
    osVersion: (row.os_version as string | null) ?? null,
    model: (row.model as string | null) ?? null,
    ringPin: (row.ring_pin as string | null) ?? null,
    tags: (row.tags as Record<string, string> | null) ?? null,
    versions: (row.versions as Record<string, string>) ?? {},
    lastCrashAt: date(row.last_crash_at),
    lastCrashKind: (row.last_crash_kind as string | null) ?? null,
    crashSignals: (row.crash_signals as DeviceRecord["crashSignals"]) ?? [],
    stableAt: date(row.stable_at),
    bootLoopAt: date(row.boot_loop_at),
  };
}

function rowFromRecord(d: DeviceRecord): DeviceRow {
  const iso = (value: Date | null) => value?.toISOString() ?? null;
  return {
    device_id: d.deviceId,
    hash_bucket: d.hashBucket,
    first_seen_at: iso(d.firstSeenAt),
    last_seen_at: iso(d.lastSeenAt),
    last_heartbeat_at: iso(d.lastHeartbeatAt),
    boot_id: d.bootId,
    interval_sec: d.intervalSec,
    uptime_sec: d.uptimeSec,
    hostname: d.hostname,
    os: d.os,
    os_version: d.osVersion,
    model: d.model,
    ring_pin: d.ringPin,
    tags: d.tags,
    versions: d.versions,
    last_crash_at: iso(d.lastCrashAt),
    last_crash_kind: d.lastCrashKind,
    crash_signals: d.crashSignals,
    stable_at: iso(d.stableAt),
    boot_loop_at: iso(d.bootLoopAt),
  };
}

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS x(${COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(", ")})`;

/**
 * Creates missing devices, then locks every device of the batch in id order. The fixed order
 * keeps concurrent batches that share devices from deadlocking on PostgreSQL.
 */
export async function lockDeviceRecords(tx: Sql, skeletons: DeviceRecord[]): Promise<DeviceRecord[]> {
  const sorted = [...skeletons].sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1));
  await tx.query(
    `INSERT INTO devices (${COLUMNS.join(", ")}) SELECT ${COLUMNS.map((c) => `x.${c}`).join(", ")} FROM ${RECORDSET}
     ORDER BY x.device_id ON CONFLICT (device_id) DO NOTHING`,
    [JSON.stringify(sorted.map(rowFromRecord))],
  );
  const rows = await tx.query<DeviceRow>(
    `SELECT ${COLUMNS.join(", ")} FROM devices WHERE device_id IN (SELECT jsonb_array_elements_text($1::jsonb))
     ORDER BY device_id FOR UPDATE`,
    [JSON.stringify(sorted.map((d) => d.deviceId))],
  );
  return rows.map(recordFromRow);
}

export async function saveDeviceRecords(tx: Sql, records: DeviceRecord[]): Promise<void> {
  if (records.length === 0) return;
  const assignments = COLUMNS.filter((c) => c !== "device_id")
    .map((c) => `${c} = x.${c}`)
    .join(", ");
  await tx.query(`UPDATE devices AS d SET ${assignments} FROM ${RECORDSET} WHERE d.device_id = x.device_id`, [JSON.stringify(records.map(rowFromRecord))]);
}
