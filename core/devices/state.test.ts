import { describe, expect, it } from "vitest";
import { newDeviceRecord } from "./record";
import { deviceState, SILENT_AFTER_MISSED_INTERVALS } from "./state";

const T0 = new Date("2026-11-22T10:00:00.000Z");
const plus = (sec: number) => new Date(T0.getTime() + sec * 1000);
const device = (over: Partial<ReturnType<typeof newDeviceRecord>> = {}) => ({ ...newDeviceRecord("d", 1, T0), ...over });

describe("deviceState", () => {
  it.each([
    ["healthy right after a heartbeat", device({ lastHeartbeatAt: T0, intervalSec: 10 }), plus(5), "healthy"],
    ["healthy at exactly three missed intervals", device({ lastHeartbeatAt: T0, intervalSec: 10 }), plus(10 * SILENT_AFTER_MISSED_INTERVALS), "healthy"],
    ["silent after three missed intervals", device({ lastHeartbeatAt: T0, intervalSec: 10 }), plus(31), "silent"],
    ["silent uses the default interval when none was reported", device(), plus(901), "silent"],
    [
      "crashed after a kernel crash with no heartbeat since",
      device({ lastHeartbeatAt: T0, intervalSec: 10, lastCrashAt: plus(5), lastCrashKind: "kernel" }),
      plus(6),
      "crashed",
    ],
    ["crashed after an agent crash", device({ lastHeartbeatAt: T0, intervalSec: 10, lastCrashAt: plus(5), lastCrashKind: "agent" }), plus(6), "crashed"],
    ["an app crash is not a device crash", device({ lastHeartbeatAt: T0, intervalSec: 10, lastCrashAt: plus(5), lastCrashKind: "app" }), plus(6), "healthy"],
    [
      "a heartbeat after the crash heals it",
      device({ lastHeartbeatAt: plus(10), intervalSec: 10, lastCrashAt: plus(5), lastCrashKind: "kernel" }),
      plus(11),
      "healthy",
    ],
    ["crashed wins over silent", device({ lastHeartbeatAt: T0, intervalSec: 10, lastCrashAt: plus(5), lastCrashKind: "kernel" }), plus(3600), "crashed"],
    [
      "boot loop wins over everything",
      device({ lastHeartbeatAt: T0, intervalSec: 10, bootLoopAt: plus(1), lastCrashAt: plus(5), lastCrashKind: "kernel" }),
      plus(3600),
      "boot_loop",
    ],
  ] as const)("%s", (_label, facts, now, expected) => {
    expect(deviceState(facts, now)).toBe(expected);
  });
});
