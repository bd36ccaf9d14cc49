import { describe, expect, it } from "vitest";
import { makeDeviceProfile } from "../fleet/devices";
import { ExposureLog } from "./exposureLog";

const device = (index: number, ring: string) => ({ ...makeDeviceProfile(index), ring });

describe("ExposureLog", () => {
  it("counts each offered device once, by its pinned ring, from the earliest answer", () => {
    const log = new ExposureLog("sensor", "2");
    log.record(device(1, "canary"), { ring: "canary", versions: { sensor: "1" } }, 900);
    log.record(device(1, "canary"), { ring: "canary", versions: { sensor: "2" } }, 1000);
    log.record(device(1, "canary"), { ring: "canary", versions: { sensor: "2" } }, 1100);
    log.record(device(2, "early"), { ring: "early", versions: { sensor: "2" } }, 1050);
    log.record(device(3, "broad"), { ring: "broad", versions: { other: "2" } }, 1060);
    expect(log.summary()).toEqual({ firstExposureAt: 1000, offeredByRing: { canary: 1, early: 1 }, ringMismatches: 0, answers: 5 });
  });

  it("flags answers that put a device in another ring than its pin, and trusts the pin", () => {
    const log = new ExposureLog("sensor", "2");
    log.record(device(1, "broad"), { ring: "canary", versions: { sensor: "2" } }, 5);
    expect(log.summary()).toMatchObject({ offeredByRing: { broad: 1 }, ringMismatches: 1 });
  });

  it("has no first exposure while nothing was offered", () => {
    expect(new ExposureLog("sensor", "2").summary().firstExposureAt).toBeNull();
  });
});
