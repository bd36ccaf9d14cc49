import { describe, expect, it } from "vitest";
import { aliveInWindow, CLOCK_SKEW_TOLERANCE_SEC, CRASH_RECENCY_SEC, deviceSignals, signalTime, type SignalFacts } from "./signals";

const exposedAt = new Date("2026-11-23T10:00:00Z");
const at = (seconds: number) => new Date(exposedAt.getTime() + seconds * 1000);
const device = (facts: Partial<SignalFacts> = {}): SignalFacts => ({
  lastSeenAt: at(0),
  lastHeartbeatAt: at(0),
  intervalSec: 10,
  lastCrashAt: null,
  lastCrashKind: null,
  bootLoopAt: null,
  ...facts,
});

describe("deviceSignals", () => {
  it.each([
    ["a kernel crash after exposure", { lastCrashAt: at(5), lastCrashKind: "kernel" }, true],
    ["an agent crash after exposure", { lastCrashAt: at(5), lastCrashKind: "agent" }, true],
    ["an app crash (not a device-health event)", { lastCrashAt: at(5), lastCrashKind: "app" }, false],
    ["a crash well before exposure", { lastCrashAt: at(-600), lastCrashKind: "kernel" }, false],
    ["a crash stamped slightly early by a slow device clock", { lastCrashAt: at(-CLOCK_SKEW_TOLERANCE_SEC + 1), lastCrashKind: "kernel" }, true],
    ["a crash reported late, after the device came back", { lastCrashAt: at(5), lastCrashKind: "kernel", lastHeartbeatAt: at(50), lastSeenAt: at(50) }, true],
  ])("crashed: %s", (_, facts, expected) => {
    expect(deviceSignals(device(facts), exposedAt, at(55)).crashed).toBe(expected);
  });

  it("forgets crashes older than the recency window, so a crash-rate anomaly can heal", () => {
    const crashed = device({ lastCrashAt: at(60), lastCrashKind: "kernel", lastHeartbeatAt: at(7000), lastSeenAt: at(7000) });
    expect(deviceSignals(crashed, exposedAt, at(60 + CRASH_RECENCY_SEC - 1)).crashed).toBe(true);
    expect(deviceSignals(crashed, exposedAt, at(60 + CRASH_RECENCY_SEC + CLOCK_SKEW_TOLERANCE_SEC + 1)).crashed).toBe(false);
  });

  it("counts a boot loop that started after exposure as a crash too", () => {
    expect(deviceSignals(device({ bootLoopAt: at(40) }), exposedAt, at(45))).toMatchObject({ bootLooping: true, crashed: true });
  });

  it("does not blame a release for a boot loop that began long before it", () => {
    expect(deviceSignals(device({ bootLoopAt: at(-3600) }), exposedAt, at(45)).bootLooping).toBe(false);
  });

  it.each([
    ["within two intervals", 19, false],
    ["overdue by more than two intervals", 21, true],
  ])("silent: last heartbeat at exposure, %s", (_, seconds, expected) => {
    expect(deviceSignals(device(), exposedAt, at(seconds)).silent).toBe(expected);
  });

  it("judges a device that never reported by its manifest fetch, with the default interval", () => {
    expect(deviceSignals(null, exposedAt, at(599), exposedAt).silent).toBe(false);
    expect(deviceSignals(null, exposedAt, at(601), exposedAt)).toEqual({ crashed: false, bootLooping: false, silent: true });
  });

  it("counts the manifest fetch as contact when the last heartbeat is older", () => {
    expect(deviceSignals(device({ lastHeartbeatAt: at(-100), lastSeenAt: at(-100) }), exposedAt, at(15), exposedAt).silent).toBe(false);
  });

  it("does not call a device whose clock runs ahead silent", () => {
    expect(deviceSignals(device({ lastHeartbeatAt: at(240), lastSeenAt: at(240) }), exposedAt, at(60)).silent).toBe(false);
  });
});

describe("aliveInWindow", () => {
  it("keeps devices heard from around the window start and drops long-gone ones", () => {
    expect(aliveInWindow(device({ lastHeartbeatAt: at(-15) }), exposedAt)).toBe(true);
    expect(aliveInWindow(device({ lastHeartbeatAt: at(-3600), lastSeenAt: at(-3600) }), exposedAt)).toBe(false);
  });
});

describe("signalTime", () => {
  it("dates silence from when the device became overdue", () => {
    expect(signalTime(device(), "silent")).toEqual(at(20));
    expect(signalTime(device({ bootLoopAt: at(33) }), "bootLooping")).toEqual(at(33));
  });
});
