import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeDeviceEvents } from "../../../core/devices/merge";
import { newDeviceRecord } from "../../../core/devices/record";
import { deviceState } from "../../../core/devices/state";
import { hashBucket } from "../../../core/rings/assignment";
import type { IngestEvent } from "../../../schemas/events";
import { recordFromRow, type DeviceRow } from "../../db/deviceRecords";
import { migrate } from "../../db/migrate";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import type { Database } from "../../db/database";
import { deviceStateExpression } from "../../queries/deviceState";
import { acceptEvents } from "./accept";
import { testContext } from "../testContext";

const NOW = new Date();
const ago = (sec: number) => new Date(NOW.getTime() - sec * 1000).toISOString();
const hb = (deviceId: string, secAgo: number, over: Record<string, unknown> = {}) => ({
  type: "heartbeat",
  deviceId,
  ts: ago(secAgo),
  bootId: "b1",
  intervalSec: 10,
  versions: { agent: "7.11", content: "291" },
  uptimeSec: 100,
  ...over,
});

describe(`ingest on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("applies migrations once and is idempotent", async () => {
    expect(await migrate(db.sql, db.kind)).toEqual([]);
    const [{ count }] = await db.sql.query<{ count: number }>("SELECT count(*)::int AS count FROM rings");
    expect(count).toBe(3);
  });

  it("stores valid events, rejects bad ones, and counts re-sent events as duplicates", async () => {
    const batch = [hb("a-1", 30), { type: "heartbeat", deviceId: "a-2" }, hb("a-3", 20, { eventId: "e-3" })];
    expect(await acceptEvents(testContext(db, { now: NOW }), batch)).toMatchObject({ accepted: 2, duplicates: 0, rejected: [{ index: 1 }] });
    expect(await acceptEvents(testContext(db, { now: NOW }), batch)).toMatchObject({ accepted: 0, duplicates: 2 });
    const [{ count }] = await db.sql.query<{ count: number }>("SELECT count(*)::int AS count FROM events WHERE device_id LIKE 'a-%'");
    expect(count).toBe(2);
  });

  it("folds events into one current-state row per device", async () => {
    await acceptEvents(testContext(db, { now: NOW }), [hb("b-1", 50, { hostname: "old" }), hb("b-1", 10, { hostname: "new", versions: { agent: "8.0" } })]);
    const [row] = await db.sql.query<DeviceRow>("SELECT * FROM devices WHERE device_id = 'b-1'");
    const device = recordFromRow(row);
    expect(device.hostname).toBe("new");
    expect(device.versions).toEqual({ agent: "8.0" });
    expect(device.lastHeartbeatAt?.toISOString()).toBe(ago(10));
  });

  it("survives concurrent batches that share devices (no deadlock, no lost update)", async () => {
    const batches = Array.from({ length: 6 }, (_, b) =>
      Array.from({ length: 200 }, (_, i) => hb(`c-${(i * 7 + b * 13) % 150}`, 100 - b, { eventId: `c-${b}-${i}` })),
    );
    const results = await Promise.all(batches.map((batch) => acceptEvents(testContext(db, { now: NOW }), batch)));
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(1200);
    const [{ latest }] = await db.sql.query<{ latest: Date }>("SELECT max(last_heartbeat_at) AS latest FROM devices WHERE device_id LIKE 'c-%'");
    expect(new Date(latest).toISOString()).toBe(ago(95));
  });

  it("derives the same state in SQL as in core for every kind of device", async () => {
    await acceptEvents(testContext(db, { now: NOW }), [
      hb("s-healthy", 5),
      hb("s-silent", 120),
      hb("s-crashed", 60),
      { type: "crash", deviceId: "s-crashed", ts: ago(50), kind: "kernel" },
      { type: "crash", deviceId: "s-app", ts: ago(50), kind: "app" },
      ...[400, 300, 200].map((sec, i) => ({ type: "boot", deviceId: "s-loop", ts: ago(sec), bootId: `l${i}`, previousShutdown: "crash" })),
    ]);
    const rows = await db.sql.query<DeviceRow & { sql_state: string }>(
      `SELECT d.*, ${deviceStateExpression("$1")} AS sql_state FROM devices d WHERE device_id LIKE 's-%'`,
      [NOW.toISOString()],
    );
    const states = Object.fromEntries(rows.map((r) => [r.device_id, r.sql_state]));
    expect(states).toEqual({ "s-healthy": "healthy", "s-silent": "silent", "s-crashed": "crashed", "s-app": "healthy", "s-loop": "boot_loop" });
    for (const row of rows) expect(deviceState(recordFromRow(row), NOW)).toBe(row.sql_state);
  });

  it("folds heartbeat-only batches (the SQL fast path) exactly as core does", async () => {
    const deviceId = "fold-1";
    const batches: IngestEvent[][] = [
      [hb(deviceId, 300, { bootId: "x", hostname: "h1", tags: { site: "ams" } }), hb(deviceId, 200, { bootId: "y", uptimeSec: 700, ring: "canary" })],
      [hb(deviceId, 250, { bootId: "late", hostname: "late-host" })],
      [hb(deviceId, 100, { bootId: "z", versions: { agent: "9" } }), hb(deviceId, 150, { uptimeSec: 5 })],
    ] as IngestEvent[][];
    for (const batch of batches) await acceptEvents(testContext(db, { now: NOW }), batch);
    const expected = batches.reduce(
      (device, batch) => mergeDeviceEvents(device, batch),
      newDeviceRecord(deviceId, hashBucket(deviceId), new Date(batches[0][0].ts)),
    );
    const [row] = await db.sql.query<DeviceRow>("SELECT * FROM devices WHERE device_id = $1", [deviceId]);
    expect(recordFromRow(row)).toEqual(expected);
  });

  it("ends a boot loop when a later heartbeat-only batch reports a stable uptime", async () => {
    const boots = [600, 500, 400].map((sec, i) => ({ type: "boot", deviceId: "loop-end", ts: ago(sec), bootId: `e${i}`, previousShutdown: "crash" }));
    await acceptEvents(testContext(db, { now: NOW }), boots);
    const looping = await db.sql.query<{ boot_loop_at: Date | null }>("SELECT boot_loop_at FROM devices WHERE device_id = 'loop-end'");
    expect(looping[0].boot_loop_at).not.toBeNull();
    await acceptEvents(testContext(db, { now: NOW }), [hb("loop-end", 10, { uptimeSec: 1200 })]);
    const healed = await db.sql.query<{ boot_loop_at: Date | null }>("SELECT boot_loop_at FROM devices WHERE device_id = 'loop-end'");
    expect(healed[0].boot_loop_at).toBeNull();
  });
});
