import { describe, expect, it } from "vitest";
import { dedupeKeyOf, triageBatch } from "./triage";

const NOW = new Date("2026-11-22T10:00:00.000Z");
const hb = (over: Record<string, unknown> = {}) => ({
  type: "heartbeat",
  deviceId: "d1",
  ts: "2026-11-22T09:59:00.000Z",
  bootId: "b",
  intervalSec: 60,
  versions: { agent: "1" },
  ...over,
});

describe("triageBatch", () => {
  it("keeps valid events and rejects each bad one with its index and reason", () => {
    const result = triageBatch([hb(), { type: "heartbeat" }, hb({ deviceId: "d2" }), "junk"], NOW);
    expect(result.valid.map((v) => v.index)).toEqual([0, 2]);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 3]);
    expect(result.rejected[0].error.code).toBe("invalid_event");
    expect(result.rejected[0].error.message).toMatch(/deviceId/);
  });

  it("enforces the 5-minute future and 7-day past window", () => {
    const result = triageBatch(
      [
        hb({ ts: "2026-11-22T10:04:59.000Z" }),
        hb({ ts: "2026-11-22T10:05:01.000Z", deviceId: "x" }),
        hb({ ts: "2026-11-15T10:00:01.000Z", deviceId: "y" }),
        hb({ ts: "2026-11-15T09:59:59.000Z", deviceId: "z" }),
      ],
      NOW,
    );
    expect(result.valid.map((v) => v.index)).toEqual([0, 2]);
    expect(result.rejected.map((r) => r.error.code)).toEqual(["ts_in_future", "ts_too_old"]);
  });

  it("dedupes by eventId when given, else by type, device and instant", () => {
    expect(dedupeKeyOf(hb({ eventId: "e1" }) as never)).toBe("id:e1");
    expect(dedupeKeyOf(hb({ ts: "2026-11-22T09:59:00Z" }) as never)).toBe(dedupeKeyOf(hb({ ts: "2026-11-22T11:59:00+02:00" }) as never));
    const result = triageBatch([hb(), hb(), hb({ eventId: "a" }), hb({ eventId: "a", deviceId: "other" })], NOW);
    expect(result.valid).toHaveLength(2);
    expect(result.inBatchDuplicates).toBe(2);
  });

  it("validates each event type's own fields", () => {
    const result = triageBatch(
      [
        { type: "crash", deviceId: "d", ts: "2026-11-22T09:59:00Z", kind: "kernel", code: "0x50" },
        { type: "crash", deviceId: "d", ts: "2026-11-22T09:59:00Z", kind: "bluescreen" },
        { type: "boot", deviceId: "d", ts: "2026-11-22T09:59:00Z", bootId: "b2", previousShutdown: "crash" },
        { type: "update", deviceId: "d", ts: "2026-11-22T09:59:00Z", component: "agent", toVersion: "2", status: "installed" },
        hb({ intervalSec: 0 }),
        hb({ deviceId: "x".repeat(129) }),
      ],
      NOW,
    );
    expect(result.valid.map((v) => v.index)).toEqual([0, 2, 3]);
  });
});
