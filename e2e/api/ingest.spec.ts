import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { call, createApiKey, heartbeat, isoAgo } from "../support/api";

type IngestAnswer = { accepted: number; duplicates: number; rejected: { index: number; error: { code: string; message: string } }[] };
type ErrorAnswer = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

const unique = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

test.describe("POST /api/v1/ingest", () => {
  let ingestKey: string;
  test.beforeAll(async () => {
    ingestKey = await createApiKey(["ingest"]);
  });

  test("accepts a batch, makes it visible, and dedupes re-sent events", async () => {
    const device = unique("dedupe");
    const events = [
      heartbeat(device, { eventId: `${device}-1`, ts: isoAgo(30) }),
      heartbeat(device, { ts: isoAgo(20) }),
      { type: "crash", deviceId: device, ts: isoAgo(10), kind: "kernel", code: "0x00000050", module: "csagent.sys" },
    ];
    const first = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events } });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0, rejected: [] });

    const again = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events } });
    expect(again.body).toEqual({ accepted: 0, duplicates: 3, rejected: [] });

    // Same eventId with other content is the same event; same (type, deviceId, ts) without eventId too.
    const sameId = heartbeat(device, { eventId: `${device}-1`, ts: isoAgo(5) });
    const sameInstant = { ...events[1], ts: new Date(events[1].ts as string).toISOString().replace(".000Z", "Z") };
    const third = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events: [sameId, sameInstant] } });
    expect(third.body).toMatchObject({ accepted: 0, duplicates: 2 });

    const detail = await call<{ state: string; timeline: unknown[] }>("GET", `/api/v1/devices/${device}`);
    expect(detail.status).toBe(200);
    expect(detail.body.timeline).toHaveLength(3);
    expect(detail.body.state).toBe("crashed");
  });

  test("keeps the valid events of a batch and names each rejected one", async () => {
    const device = unique("partial");
    const events = [
      heartbeat(device),
      { type: "heartbeat", deviceId: device, ts: isoAgo(2) },
      { type: "teleport", deviceId: device, ts: isoAgo(2) },
      heartbeat(device, { ts: new Date(Date.now() + 6 * 60_000).toISOString() }),
      heartbeat(device, { ts: isoAgo(8 * 24 * 3600) }),
      heartbeat(device, { ts: new Date(Date.now() + 4 * 60_000).toISOString() }),
      heartbeat(device, { ts: isoAgo(6 * 24 * 3600) }),
      { type: "boot", deviceId: device, ts: isoAgo(3), bootId: "b2", previousShutdown: "crash" },
    ];
    const answer = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events } });
    expect(answer.status).toBe(202);
    expect(answer.body.accepted).toBe(4);
    expect(answer.body.rejected.map((r) => [r.index, r.error.code])).toEqual([
      [1, "invalid_event"],
      [2, "invalid_event"],
      [3, "ts_in_future"],
      [4, "ts_too_old"],
    ]);
    expect(answer.body.rejected[0].error.message).toMatch(/bootId|intervalSec|versions/);
    const detail = await call<{ timeline: unknown[] }>("GET", `/api/v1/devices/${device}`);
    expect(detail.body.timeline).toHaveLength(4);
  });

  test("accepts gzip and refuses a gzip bomb with 413 without falling over", async () => {
    const device = unique("gzip");
    const body = gzipSync(JSON.stringify({ events: [heartbeat(device)] }));
    const ok = await call<IngestAnswer>("POST", "/api/v1/ingest", {
      key: ingestKey,
      body,
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
    });
    expect(ok.status).toBe(202);
    expect(ok.body.accepted).toBe(1);

    // ~60 MiB of spaces inside a valid JSON string compresses to ~60 KiB.
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"events":[],"pad":"'), Buffer.alloc(60 * 1024 * 1024, 32), Buffer.from('"}')]));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await call<ErrorAnswer>("POST", "/api/v1/ingest", {
      key: ingestKey,
      body: bomb,
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
    });
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe("payload_too_large");
    expect((await call("GET", "/api/health", { key: null })).status).toBe(200);

    const corrupt = await call<ErrorAnswer>("POST", "/api/v1/ingest", {
      key: ingestKey,
      body: Buffer.from("not gzip at all"),
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
    });
    expect(corrupt.status).toBe(400);
  });

  test("answers 413 for more than 5,000 events or more than 5 MiB", async () => {
    const device = unique("big");
    const many = Array.from({ length: 5001 }, (_, i) => heartbeat(device, { eventId: `${device}-${i}` }));
    const tooMany = await call<ErrorAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events: many } });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.code).toBe("too_many_events");

    const huge = { events: [heartbeat(device, { tags: { note: "x".repeat(200) } })], pad: "y".repeat(5 * 1024 * 1024) };
    const tooBig = await call<ErrorAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: huge });
    expect(tooBig.status).toBe(413);

    const exactly = Array.from({ length: 5000 }, (_, i) => heartbeat(device, { eventId: `${device}-${i}` }));
    const fits = await call<IngestAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { events: exactly } });
    expect(fits.status).toBe(202);
    expect(fits.body.accepted).toBe(5000);
  });

  test("answers 400 for malformed JSON or a wrong envelope, 415 for a wrong content type", async () => {
    const malformed = await call<ErrorAnswer>("POST", "/api/v1/ingest", {
      key: ingestKey,
      body: '{"events": [',
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("malformed_json");

    const envelope = await call<ErrorAnswer>("POST", "/api/v1/ingest", { key: ingestKey, json: { event: [] } });
    expect(envelope.status).toBe(400);
    expect(envelope.body.error.details?.[0].path).toBe("$.events");

    const text = await call<ErrorAnswer>("POST", "/api/v1/ingest", {
      key: ingestKey,
      body: JSON.stringify({ events: [] }),
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe("unsupported_media_type");
  });

  test("answers 401 without or with a bad key and 403 for a key without the ingest scope", async () => {
    const events = [heartbeat(unique("auth"))];
    expect((await call("POST", "/api/v1/ingest", { key: null, json: { events } })).status).toBe(401);
    const bad = await call<ErrorAnswer>("POST", "/api/v1/ingest", { key: "rw_not_a_real_key", json: { events } });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe("unauthorized");
    const readKey = await createApiKey(["read"]);
    const wrongScope = await call<ErrorAnswer>("POST", "/api/v1/ingest", { key: readKey, json: { events } });
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.body.error.code).toBe("forbidden");
  });

  test("rate-limits per key with 429 and Retry-After, other keys unaffected", async () => {
    const slowKey = await createApiKey(["ingest"], { rateLimitPerSec: 1 });
    const device = unique("rate");
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const answer = await call<ErrorAnswer>("POST", "/api/v1/ingest", { key: slowKey, json: { events: [heartbeat(device, { eventId: `${device}-${i}` })] } });
      statuses.push(answer.status);
      if (answer.status === 429) {
        retryAfter = answer.headers.get("retry-after");
        expect(answer.body.error.code).toBe("rate_limited");
      }
    }
    expect(statuses).toContain(429);
    expect(statuses[0]).toBe(202);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    const other = await call("POST", "/api/v1/ingest", { key: ingestKey, json: { events: [heartbeat(device, { eventId: `${device}-other` })] } });
    expect(other.status).toBe(202);
  });
});
