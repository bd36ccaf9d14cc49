import { describe, expect, it } from "vitest";
import { makeDeviceProfile } from "../fleet/devices";
import { ExposureLog, percentile } from "./exposureLog";

const device = (index: number, ring: string) => ({ ...makeDeviceProfile(index), ring });

describe("ExposureLog", () => {
  it("counts each offered device once, by its pinned ring, from the earliest answer", () => {
    const log = new ExposureLog("sensor", "2");
    log.record(device(1, "canary"), { ring: "canary", versions: { sensor: "1" } }, 900);
    log.record(device(1, "canary"), { ring: "canary", versions: { sensor: "2" } }, 1000);
    log.record(device(1, "canary"), { ring: "canary", versions: { sensor: "2" } }, 1100);
    log.record(device(2, "early"), { ring: "early", versions: { sensor: "2" } }, 1050);
    log.record(device(3, "broad"), { ring: "broad", versions: { other: "2" } }, 1060);
    expect(log.summary()).toMatchObject({ firstExposureAt: 1000, offeredByRing: { canary: 1, early: 1 }, ringMismatches: 0, answers: 5 });
  });

  it("flags answers that put a device in another ring than its pin, and trusts the pin", () => {
    const log = new ExposureLog("sensor", "2");
    log.record(device(1, "broad"), { ring: "canary", versions: { sensor: "2" } }, 5);
    expect(log.summary()).toMatchObject({ offeredByRing: { broad: 1 }, ringMismatches: 1 });
  });

  it("has no first exposure while nothing was offered", () => {
    expect(new ExposureLog("sensor", "2").summary()).toMatchObject({ firstExposureAt: null, answerLatencyMs: null });
  });

  it("sums up how long the manifest took to answer", () => {
    const log = new ExposureLog("sensor", "2");
    for (const latency of [40, 10, 30, 20, 5000]) log.record(device(1, "canary"), { versions: {} }, 10_000 + latency, 10_000);
    expect(log.summary().answerLatencyMs).toEqual({ p50: 30, p95: 5000, max: 5000 });
  });
});

describe("failures", () => {
  it("counts failed checks by reason, with the cause of a failed fetch", () => {
    const log = new ExposureLog("sensor", "2");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    log.recordFailure(new TypeError("fetch failed", { cause: refused }));
    log.recordFailure(new TypeError("fetch failed", { cause: refused }));
    log.recordFailure(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    expect(log.summary().failures).toEqual({ "TypeError: fetch failed: ECONNREFUSED": 2, "TimeoutError: The operation was aborted due to timeout": 1 });
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    expect([0, 50, 90, 100].map((p) => percentile([1, 2, 3, 4], p))).toEqual([1, 2, 4, 4]);
  });
});

describe("answer records", () => {
  it("keeps every answer with the device's pin as its true ring, both times, and what was answered", () => {
    const log = new ExposureLog("sensor", "2");
    log.record(device(1, "broad"), { ring: "canary", versions: { sensor: "2" } }, 1050, 1000);
    log.record({ ...makeDeviceProfile(2), ring: undefined }, { versions: {} }, 1200, 1100);
    expect(log.answerRecords).toEqual([
      { deviceId: makeDeviceProfile(1).deviceId, trueRing: "broad", askedAt: 1000, receivedAt: 1050, answeredRing: "canary", versions: { sensor: "2" } },
      { deviceId: makeDeviceProfile(2).deviceId, trueRing: null, askedAt: 1100, receivedAt: 1200, answeredRing: null, versions: {} },
    ]);
  });
});
