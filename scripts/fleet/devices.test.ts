import { describe, expect, it } from "vitest";
import { makeDeviceProfile, withOs } from "./devices";
import { mulberry32 } from "./random";

describe("withOs", () => {
  it("moves a device to another OS family with a build and model of that family", () => {
    const random = mulberry32(5);
    for (let index = 0; index < 50; index += 1) {
      const device = makeDeviceProfile(index, { seed: 2 });
      const mac = withOs(device, "macos", random);
      expect(mac).toMatchObject({ os: "macos", deviceId: device.deviceId, tags: device.tags });
      expect(["14.6", "15.1"]).toContain(mac.osVersion);
      expect(mac.model).toMatch(/^MacBook/);
    }
  });

  it("leaves a device already on that family untouched", () => {
    const device = makeDeviceProfile(0, { seed: 2 });
    expect(withOs(device, device.os, mulberry32(1))).toBe(device);
  });
});
