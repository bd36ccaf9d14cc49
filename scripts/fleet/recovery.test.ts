/** The fleet's side of a boot loop's recovery: agents that loop offline, revert on their own, or are repaired on site. */
import { describe, expect, it } from "vitest";
import { createFleetApi } from "./api";
import type { FleetEvent } from "./devices";
import type { FaultMode } from "./faults";
import { followManifest } from "./manifestAgent";
import { FleetSimulator } from "./simulator";

const START = Date.parse("2026-10-21T07:00:00.000Z");
const MINUTE = 60_000;

/** Devices on sensor 1 that install sensor 2 at their second heartbeat, which sends them into `loop`. */
function loopingFleet(loop: FaultMode, devices = 6) {
  const events: FleetEvent[] = [];
  const fetchImpl = (async (_url: string | URL | Request, init?: RequestInit) => {
    const batch = (JSON.parse(String(init?.body)) as { events: FleetEvent[] }).events;
    events.push(...batch);
    return new Response(JSON.stringify({ accepted: batch.length, duplicates: 0, rejected: [] }), { status: 202 });
  }) as typeof fetch;
  const ticks: string[] = [];
  const fleet = new FleetSimulator({
    devices,
    seed: 21,
    baseUrl: "http://fleet.test",
    apiKey: "rw_test",
    startAt: new Date(START),
    versions: { sensor: "1" },
    relay: { fetchImpl },
    onTick: ({ device, tick }) => {
      ticks.push(device.deviceId);
      if (tick === 1 && !device.failedVersions?.sensor?.includes("2")) device.versions = { ...device.versions, sensor: "2" };
    },
    faults: ({ device, current }) => (device.versions.sensor === "2" && current.kind === "healthy" ? loop : undefined),
  });
  const of = (deviceId: string, type: FleetEvent["type"]) => events.filter((e) => e.deviceId === deviceId && e.type === type);
  return { fleet, events, ticks, of };
}

describe("boot loops the fleet recovers from", () => {
  it("offline: a looping device reports its first crash, then sends and fetches nothing at all", async () => {
    const { fleet, events, ticks, of } = loopingFleet({ kind: "bootLoop", cycleSec: 25, offline: true });
    fleet.advanceTo(START + MINUTE);
    const ticksAtOneMinute = ticks.length;
    fleet.advanceTo(START + 10 * MINUTE);
    await fleet.stop();
    expect(ticks.length).toBe(ticksAtOneMinute);
    for (const { deviceId } of fleet.devices) {
      expect(of(deviceId, "crash")).toHaveLength(1);
      expect(of(deviceId, "boot")).toHaveLength(0);
      const crashAt = of(deviceId, "crash")[0].ts;
      expect(events.filter((e) => e.deviceId === deviceId && e.ts > crashAt)).toEqual([]);
      expect(fleet.deviceState(deviceId)?.power).toBe("silent");
    }
  });

  it("self-revert: after the set number of crashes the agent rolls back, says so, never reinstalls and stays up", async () => {
    const selfRevert = { afterCrashes: 2, component: "sensor", previousVersion: "1" };
    const { fleet, of } = loopingFleet({ kind: "bootLoop", cycleSec: 25, selfRevert });
    fleet.advanceTo(START + 10 * MINUTE);
    await fleet.stop();
    for (const { deviceId, versions, failedVersions } of fleet.devices) {
      expect(of(deviceId, "crash")).toHaveLength(2);
      const [revert, ...more] = of(deviceId, "update");
      expect(more).toEqual([]);
      expect(revert).toMatchObject({ component: "sensor", fromVersion: "1", toVersion: "2", status: "rolled_back", reason: "boot_failure" });
      // The revert comes on the boot after the second crash; every heartbeat after it reports the old version.
      expect(Date.parse(revert.ts)).toBe(Date.parse(of(deviceId, "boot")[1].ts));
      const after = of(deviceId, "heartbeat").filter((e) => e.ts >= revert.ts);
      expect(after.length).toBeGreaterThan(10);
      expect(after.every((e) => e.type === "heartbeat" && e.versions.sensor === "1")).toBe(true);
      expect(versions.sensor).toBe("1");
      expect(failedVersions).toEqual({ sensor: ["2"] });
      expect(fleet.deviceState(deviceId)?.fault).toEqual({ kind: "healthy" });
    }
  });

  it("repair: an offline device boots again on the previous version and heartbeats from then on", async () => {
    const { fleet, of, ticks } = loopingFleet({ kind: "bootLoop", cycleSec: 25, offline: true }, 2);
    fleet.advanceTo(START + 2 * MINUTE);
    const [repaired, left] = fleet.devices.map((d) => d.deviceId);
    expect(fleet.repair(repaired, { component: "sensor", version: "1" })).toBe(true);
    expect(fleet.repair("nobody", { component: "sensor", version: "1" })).toBe(false);
    const ticksBefore = ticks.filter((id) => id === repaired).length;
    fleet.advanceTo(START + 6 * MINUTE);
    await fleet.stop();
    const [boot] = of(repaired, "boot");
    expect(boot).toMatchObject({ ts: new Date(START + 2 * MINUTE).toISOString(), versions: { sensor: "1" } });
    const heartbeats = of(repaired, "heartbeat").filter((e) => e.ts > boot.ts);
    expect(heartbeats.length).toBeGreaterThan(20);
    expect(heartbeats.every((e) => e.type === "heartbeat" && e.versions.sensor === "1" && e.bootId === (boot.type === "boot" ? boot.bootId : ""))).toBe(true);
    expect(ticks.filter((id) => id === repaired).length).toBeGreaterThan(ticksBefore);
    expect(of(repaired, "crash")).toHaveLength(1);
    expect(fleet.deviceState(left)?.power).toBe("silent");
  });
});

describe("followManifest and failed versions", () => {
  it("does not install a version that failed to boot on the device, whatever the manifest offers", async () => {
    const agent = followManifest({ everyTicks: 1 });
    const fetchImpl = (async () => new Response(JSON.stringify({ versions: { sensor: "2", agent: "8" } }), { status: 200 })) as unknown as typeof fetch;
    const device = {
      deviceId: "d1",
      hostname: "h",
      os: "windows" as const,
      osVersion: "10.0.22631",
      model: "m",
      tags: {},
      versions: { sensor: "1", agent: "7" },
      failedVersions: { sensor: ["2"] },
    };
    const emitted: unknown[] = [];
    await agent({
      device,
      tick: 0,
      now: new Date(),
      bootId: "b",
      random: Math.random,
      emit: (event) => emitted.push(event),
      installed: () => undefined,
      api: createFleetApi("http://x", "k", fetchImpl),
    });
    expect(device.versions).toEqual({ sensor: "1", agent: "8" });
    expect(emitted).toEqual([{ type: "update", component: "agent", fromVersion: "7", toVersion: "8", status: "installed" }]);
  });
});
