import { describe, expect, it } from "vitest";
import type { IngestEvent } from "../../schemas/events";
import { BOOT_LOOP_WINDOW_MS, crashIncidents, mergeDeviceEvents, STABLE_UPTIME_SEC } from "./merge";
import { newDeviceRecord } from "./record";
import { deviceState } from "./state";

const T0 = Date.parse("2026-11-22T10:00:00.000Z");
const at = (sec: number) => new Date(T0 + sec * 1000).toISOString();
const fresh = () => newDeviceRecord("dev-1", 42, new Date(T0));

const heartbeat = (sec: number, extra: Partial<Extract<IngestEvent, { type: "heartbeat" }>> = {}): IngestEvent => ({
  type: "heartbeat",
  deviceId: "dev-1",
  ts: at(sec),
  bootId: "boot-a",
  intervalSec: 10,
  versions: { agent: "1.0" },
  uptimeSec: 60,
  ...extra,
});
const crashBoot = (sec: number, bootId = `boot-${sec}`): IngestEvent => ({
  type: "boot",
  deviceId: "dev-1",
  ts: at(sec),
  bootId,
  previousShutdown: "crash",
});
const kernelCrash = (sec: number): IngestEvent => ({ type: "crash", deviceId: "dev-1", ts: at(sec), kind: "kernel", code: "0x00000050" });

describe("mergeDeviceEvents", () => {
  it("takes current facts from the newest heartbeat even when events arrive out of order", () => {
    const device = mergeDeviceEvents(fresh(), [
      heartbeat(20, { bootId: "new", versions: { agent: "2.0" }, hostname: "h-new" }),
      heartbeat(10, { bootId: "old", versions: { agent: "1.0" }, hostname: "h-old" }),
    ]);
    expect(device.bootId).toBe("new");
    expect(device.versions).toEqual({ agent: "2.0" });
    expect(device.hostname).toBe("h-new");
    expect(device.lastHeartbeatAt?.toISOString()).toBe(at(20));
  });

  it("ignores a late heartbeat that is older than the stored one", () => {
    const first = mergeDeviceEvents(fresh(), [heartbeat(100, { versions: { agent: "2.0" } })]);
    const late = mergeDeviceEvents(first, [heartbeat(50, { versions: { agent: "1.0" } })]);
    expect(late.versions).toEqual({ agent: "2.0" });
    expect(late.lastHeartbeatAt?.toISOString()).toBe(at(100));
    expect(late.firstSeenAt.toISOString()).toBe(at(0));
  });

  it("keeps previous inventory facts when a heartbeat omits them, but the ring pin follows the latest heartbeat", () => {
    const pinned = mergeDeviceEvents(fresh(), [heartbeat(10, { hostname: "h1", model: "XPS", ring: "canary" })]);
    const next = mergeDeviceEvents(pinned, [heartbeat(20)]);
    expect(next.hostname).toBe("h1");
    expect(next.model).toBe("XPS");
    expect(pinned.ringPin).toBe("canary");
    expect(next.ringPin).toBeNull();
  });

  it("applies an installed update that is newer than the last heartbeat", () => {
    const device = mergeDeviceEvents(fresh(), [
      heartbeat(10, { versions: { agent: "1.0", content: "A" } }),
      { type: "update", deviceId: "dev-1", ts: at(15), component: "content", toVersion: "B", status: "installed" },
      { type: "update", deviceId: "dev-1", ts: at(16), component: "agent", toVersion: "9", status: "failed" },
    ]);
    expect(device.versions).toEqual({ agent: "1.0", content: "B" });
  });

  it("marks a boot loop after three crash-boots within the window", () => {
    const device = mergeDeviceEvents(fresh(), [crashBoot(60), crashBoot(180), crashBoot(300)]);
    expect(device.bootLoopAt?.toISOString()).toBe(at(300));
    expect(deviceState(device, new Date(T0 + 310_000))).toBe("boot_loop");
  });

  it("counts a kernel crash and the crash-boot right after it as one incident", () => {
    const device = mergeDeviceEvents(fresh(), [kernelCrash(50), crashBoot(80), kernelCrash(200), crashBoot(230)]);
    expect(crashIncidents(device.crashSignals)).toHaveLength(2);
    expect(device.bootLoopAt).toBeNull();
  });

  it("counts kernel crashes whose reboot never reported (the machine may be stuck)", () => {
    const device = mergeDeviceEvents(fresh(), [kernelCrash(0), kernelCrash(240), kernelCrash(480)]);
    expect(device.bootLoopAt).not.toBeNull();
  });

  it("does not call crash-boots spread over more than the window a loop", () => {
    const spread = BOOT_LOOP_WINDOW_MS / 1000;
    const device = mergeDeviceEvents(fresh(), [crashBoot(0), crashBoot(spread / 2 + 10), crashBoot(spread + 60)]);
    expect(device.bootLoopAt).toBeNull();
  });

  it("ends a boot loop once the device reports a stable uptime after the last crash-boot", () => {
    const looping = mergeDeviceEvents(fresh(), [crashBoot(60), crashBoot(120), crashBoot(180)]);
    const recovered = mergeDeviceEvents(looping, [heartbeat(180 + STABLE_UPTIME_SEC + 5, { uptimeSec: STABLE_UPTIME_SEC + 5 })]);
    expect(looping.bootLoopAt).not.toBeNull();
    expect(recovered.bootLoopAt).toBeNull();
    expect(deviceState(recovered, new Date(T0 + (185 + STABLE_UPTIME_SEC) * 1000))).toBe("healthy");
  });

  it("keeps the loop start time while the loop goes on", () => {
    const looping = mergeDeviceEvents(fresh(), [crashBoot(60), crashBoot(120), crashBoot(180)]);
    const still = mergeDeviceEvents(looping, [crashBoot(240)]);
    expect(still.bootLoopAt?.toISOString()).toBe(looping.bootLoopAt?.toISOString());
  });

  it("bounds the stored crash signals", () => {
    const burst = Array.from({ length: 100 }, (_, i) => crashBoot(i));
    expect(mergeDeviceEvents(fresh(), burst).crashSignals.length).toBeLessThanOrEqual(32);
  });
});
