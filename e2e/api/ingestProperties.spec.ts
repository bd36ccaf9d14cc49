import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { firstCopies, mixedBatch, ownedBy, PLACEHOLDER } from "../../schemas/events.arbitraries";
import { call, createApiKey, unique } from "../support/api";

type IngestAnswer = { accepted: number; duplicates: number; rejected: { index: number; error: { code: string; message: string } }[] };

/**
 * Generated batches (valid events mixed with events that break one rule each) against the real
 * endpoint: nothing is lost, nothing bad gets in, and what was accepted is durable.
 */
test("every generated batch is accounted for event by event, and what it accepted is stored", async () => {
  const ingestKey = await createApiKey(["ingest"]);
  const runId = unique("prop");
  const now = Date.now();
  const devices = new Set<string>();
  let execution = 0;
  await fc.assert(
    fc.asyncProperty(mixedBatch(PLACEHOLDER, now, 25), async (generated) => {
      const batch = ownedBy(`${runId}-${execution++}`, generated);
      const events = batch.map((g) => g.event);
      const first = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events } });
      expect(first.status, first.text).toBe(202);
      const invalid = batch.flatMap((g, index) => (g.valid ? [] : [index]));
      expect(first.body.rejected.map((r) => r.index)).toEqual(invalid);
      const expected = firstCopies(batch);
      expect(first.body.accepted).toBe(expected.size);
      expect(first.body.accepted + first.body.duplicates + first.body.rejected.length).toBe(events.length);

      const again = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events } });
      expect(again.status).toBe(202);
      expect(again.body).toMatchObject({ accepted: 0, duplicates: events.length - invalid.length });
      for (const event of expected.values()) devices.add(String(event.deviceId));
    }),
    { numRuns: 25 },
  );
  expect(devices.size).toBeGreaterThan(0);
  for (const deviceId of devices) {
    const detail = await call<{ deviceId: string }>("GET", `/api/v1/devices/${encodeURIComponent(deviceId)}`);
    expect(detail.status, deviceId).toBe(200);
    expect(detail.body.deviceId).toBe(deviceId);
  }
});
