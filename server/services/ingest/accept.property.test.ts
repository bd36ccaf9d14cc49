import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstCopies, mixedBatch, ownedBy, PLACEHOLDER } from "../../../schemas/events.arbitraries";
import type { Database } from "../../db/database";
import { openTestDatabase, TEST_BACKEND } from "../../db/testDatabase";
import { acceptEvents } from "./accept";
import { testContext } from "../testContext";

interface StoredEvent {
  type: string;
  device_id: string;
  ts: Date | string;
  payload: Record<string, unknown>;
}

const storedIdentity = (row: StoredEvent) =>
  row.payload.eventId ? `id:${row.payload.eventId}` : `k:${row.type}:${row.device_id}:${new Date(row.ts).getTime()}`;

describe(`ingest properties on ${TEST_BACKEND}`, () => {
  let db: Database;
  let run = 0;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores every valid event exactly as sent and rejects every invalid one at its index, never throwing", async () => {
    const now = Date.now();
    await fc.assert(
      fc.asyncProperty(mixedBatch(PLACEHOLDER, now), async (generated) => {
        const prefix = `p${run++}`;
        const batch = ownedBy(prefix, generated);
        // At the instant the batch was generated against: a long run (a loaded machine, shrinking) must
        // not age an event that was generated valid past the 7-day limit.
        const result = await acceptEvents(
          testContext(db, { now: new Date(now) }),
          batch.map((g) => g.event),
        );
        const invalid = batch.flatMap((g, index) => (g.valid ? [] : [index]));
        expect(result.rejected.map((r) => r.index)).toEqual(invalid);
        const expected = firstCopies(batch);
        expect(result.accepted).toBe(expected.size);
        expect(result.accepted + result.duplicates + result.rejected.length).toBe(batch.length);

        const rows = await db.sql.query<StoredEvent>("SELECT type, device_id, ts, payload FROM events WHERE starts_with(device_id, $1)", [`${prefix}-`]);
        const stored = new Map(rows.map((row) => [storedIdentity(row), row]));
        for (const [key, { type, deviceId, ts, ...fields }] of expected) {
          const row = stored.get(key);
          expect(row, `${key} was not stored as sent`).toBeDefined();
          expect({ type: row?.type, deviceId: row?.device_id, payload: row?.payload }).toEqual({ type, deviceId, payload: fields });
        }
        expect(rows).toHaveLength(expected.size);
        const devices = await db.sql.query<{ device_id: string }>("SELECT device_id FROM devices WHERE starts_with(device_id, $1)", [`${prefix}-`]);
        expect(new Set(devices.map((d) => d.device_id))).toEqual(new Set([...expected.values()].map((e) => e.deviceId)));

        const again = await acceptEvents(
          testContext(db, { now: new Date(now) }),
          batch.map((g) => g.event),
        );
        expect(again).toMatchObject({ accepted: 0, duplicates: batch.length - invalid.length });
      }),
      { numRuns: 60 },
    );
  });
});
