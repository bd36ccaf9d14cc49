import { hashBucket } from "../../../core/rings/assignment";
import { mergeDeviceEvents } from "../../../core/devices/merge";
import { newDeviceRecord } from "../../../core/devices/record";
import { triageBatch, type AcceptedEvent } from "../../../core/ingest/triage";
import type { IngestEvent, IngestResult } from "../../../schemas/events";
import type { Database } from "../../db/database";
import { lockDeviceRecords, saveDeviceRecords } from "../../db/deviceRecords";
import type { Sql } from "../../db/sql";

const INSERT_EVENTS = `
  INSERT INTO events (dedupe_key, type, device_id, ts, boot_id, payload)
  SELECT x.dedupe_key, x.type, x.device_id, x.ts, x.boot_id, x.payload
  FROM jsonb_to_recordset($1::jsonb) AS x(dedupe_key text, type text, device_id text, ts timestamptz, boot_id text, payload jsonb)
  ORDER BY x.dedupe_key
  ON CONFLICT (dedupe_key) DO NOTHING
  RETURNING dedupe_key`;

async function insertEvents(tx: Sql, accepted: AcceptedEvent[]): Promise<Set<string>> {
  const rows = accepted.map(({ dedupeKey, event }) => ({
    dedupe_key: dedupeKey,
    type: event.type,
    device_id: event.deviceId,
    ts: event.ts,
    boot_id: "bootId" in event ? (event.bootId ?? null) : null,
    payload: event,
  }));
  const inserted = await tx.query<{ dedupe_key: string }>(INSERT_EVENTS, [JSON.stringify(rows)]);
  return new Set(inserted.map((r) => r.dedupe_key));
}

async function updateDevices(tx: Sql, fresh: IngestEvent[]): Promise<void> {
  const byDevice = new Map<string, IngestEvent[]>();
  for (const event of fresh) {
    const list = byDevice.get(event.deviceId);
    if (list) list.push(event);
    else byDevice.set(event.deviceId, [event]);
  }
  const skeletons = [...byDevice].map(([deviceId, events]) => newDeviceRecord(deviceId, hashBucket(deviceId), new Date(events[0].ts)));
  const current = await lockDeviceRecords(tx, skeletons);
  await saveDeviceRecords(tx, current.map((device) => mergeDeviceEvents(device, byDevice.get(device.deviceId) ?? [])));
}

/**
 * Stores the valid events of a batch and folds them into device state, in one transaction:
 * when this returns, every accepted event is committed. Re-sent events are counted as duplicates.
 */
export async function acceptEvents(db: Database, events: unknown[], now: Date): Promise<IngestResult> {
  const { valid, rejected, inBatchDuplicates } = triageBatch(events, now);
  if (valid.length === 0) return { accepted: 0, duplicates: inBatchDuplicates, rejected };
  const accepted = await db.sql.transaction(async (tx) => {
    const inserted = await insertEvents(tx, valid);
    const fresh = valid.filter((v) => inserted.has(v.dedupeKey)).map((v) => v.event);
    if (fresh.length > 0) await updateDevices(tx, fresh);
    return fresh.length;
  });
  return { accepted, duplicates: valid.length - accepted + inBatchDuplicates, rejected };
}
