import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashBucket, ringForBucket, ringRanges } from "../../core/rings/assignment";
import { deviceListQuerySchema } from "../../schemas/devices";
import type { Database } from "../db/database";
import { openTestDatabase, TEST_BACKEND } from "../db/testDatabase";
import { acceptEvents } from "../services/ingest/accept";
import { deviceSummary, getDevice, listDevices } from "./devices";
import { testContext } from "../services/testContext";

const NOW = new Date();
const ago = (sec: number) => new Date(NOW.getTime() - sec * 1000).toISOString();
const DEVICES = 130;
const ids = Array.from({ length: DEVICES }, (_, i) => `fleet-${String(i).padStart(3, "0")}`);
const list = (db: Database, query: Record<string, unknown>) => listDevices(db.sql, deviceListQuerySchema.parse(query), NOW);

describe(`device queries on ${TEST_BACKEND}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    const events = ids.map((deviceId, i) => ({
      type: "heartbeat",
      deviceId,
      ts: ago(i % 2 ? 5 : 600),
      bootId: "b",
      intervalSec: 60,
      versions: { agent: i % 3 ? "7.11.0" : "7.12.0" },
      hostname: `host-${i}.corp`,
      ring: i === 7 ? "canary" : undefined,
    }));
    await acceptEvents(testContext(db, { now: NOW }), events);
  });
  afterAll(async () => {
    await db.close();
  });

  it("pages through every device exactly once with the cursor, in every sort order", async () => {
    for (const sort of ["device_id", "hostname", "last_seen"]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(db, { limit: 50, sort, cursor });
        seen.push(...page.items.map((d) => d.deviceId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.toSorted(), sort).toEqual(ids);
    }
  });

  it("resolves rings from the pin, else from the hash bucket", async () => {
    const ranges = ringRanges([
      { name: "canary", order: 0, percent: 1 },
      { name: "early", order: 1, percent: 9 },
      { name: "broad", order: 2, percent: 90 },
    ]);
    const all = await list(db, { limit: 500 });
    for (const device of all.items) {
      const expected = device.deviceId === "fleet-007" ? "canary" : ringForBucket(hashBucket(device.deviceId), ranges);
      expect(device.ring, device.deviceId).toBe(expected);
    }
    const canary = await list(db, { ring: "canary", limit: 500 });
    expect(canary.items.map((d) => d.deviceId)).toContain("fleet-007");
    expect(canary.items.every((d) => d.ring === "canary")).toBe(true);
  });

  it("filters by state, component version and search text", async () => {
    const silent = await list(db, { state: "silent", limit: 500 });
    expect(silent.items).toHaveLength(DEVICES / 2);
    expect(silent.items.every((d) => Number(d.deviceId.slice(-3)) % 2 === 0)).toBe(true);
    const newer = await list(db, { component: "agent", version: "7.12.0", limit: 500 });
    expect(newer.items).toHaveLength(Math.ceil(DEVICES / 3));
    const search = await list(db, { q: "HOST-12" });
    expect(search.items.map((d) => d.hostname).toSorted()).toEqual([
      "host-12.corp",
      "host-120.corp",
      "host-121.corp",
      "host-122.corp",
      "host-123.corp",
      "host-124.corp",
      "host-125.corp",
      "host-126.corp",
      "host-127.corp",
      "host-128.corp",
      "host-129.corp",
    ]);
    expect((await list(db, { q: "100%_" })).items).toHaveLength(0);
  });

  it("summarises the fleet by state and ring, and returns a device with its timeline", async () => {
    const summary = await deviceSummary(db.sql, NOW);
    expect(summary.devices).toBe(DEVICES);
    expect(summary.byState.silent + summary.byState.healthy).toBe(DEVICES);
    expect(summary.byRing.reduce((sum, r) => sum + r.devices, 0)).toBe(DEVICES);
    const device = await getDevice(db.sql, "fleet-007", NOW);
    expect(device).toMatchObject({ ring: "canary", ringPinned: true, hostname: "host-7.corp", state: "healthy" });
    expect(device?.timeline[0].event).toMatchObject({ type: "heartbeat", deviceId: "fleet-007", bootId: "b" });
    expect(await getDevice(db.sql, "nope", NOW)).toBeNull();
  });
});
