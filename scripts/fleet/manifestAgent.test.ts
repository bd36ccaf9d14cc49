import { describe, expect, it } from "vitest";
import { createFleetApi } from "./api";
import type { FleetEvent } from "./devices";
import { followManifest, type ManifestAgentOptions } from "./manifestAgent";
import { FleetSimulator } from "./simulator";

/** A fleet whose app offers sensor 2 to everyone; sensor 2 boot-loops whoever installs it. */
async function runFleet(options: ManifestAgentOptions) {
  const events: FleetEvent[] = [];
  const answered: string[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    if (String(url).includes("/api/v1/manifest")) return new Response(JSON.stringify({ ring: "canary", versions: { sensor: "2" } }), { status: 200 });
    const batch = (JSON.parse(String(init?.body)) as { events: FleetEvent[] }).events;
    events.push(...batch);
    return new Response(JSON.stringify({ accepted: batch.length, duplicates: 0, rejected: [] }), { status: 202 });
  }) as typeof fetch;
  const fleet = new FleetSimulator({
    devices: 4,
    seed: 9,
    baseUrl: "http://fleet.test",
    apiKey: "rw_test",
    startAt: new Date(Date.now()),
    versions: { sensor: "1" },
    relay: { fetchImpl },
    onTick: followManifest({ everyTicks: 1, ...options, onAnswer: (device) => answered.push(device.deviceId) }),
    faults: ({ device }) => (device.versions.sensor === "2" ? { kind: "bootLoop", cycleSec: 25 } : undefined),
  });
  const start = fleet.clockNow();
  for (let second = 1; second <= 40; second += 1) {
    fleet.advanceTo(start + second * 1000);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await fleet.stop();
  return { events, answered, fleet };
}

const firstOf = (events: FleetEvent[], deviceId: string, match: (e: FleetEvent) => boolean) => events.find((e) => e.deviceId === deviceId && match(e));

describe("followManifest", () => {
  it("waits for the check by default: the first heartbeat already reports the installed version", async () => {
    const { events, fleet } = await runFleet({});
    for (const { deviceId } of fleet.devices) {
      expect(firstOf(events, deviceId, (e) => e.type === "heartbeat")).toMatchObject({ versions: { sensor: "2" } });
    }
  });

  it("beside the heartbeat: the heartbeat goes out as it was, and the install still triggers the version's fault at once", async () => {
    const { events, fleet, answered } = await runFleet({ heartbeatWaits: false });
    expect(new Set(answered).size).toBe(4);
    for (const { deviceId } of fleet.devices) {
      expect(firstOf(events, deviceId, (e) => e.type === "heartbeat")).toMatchObject({ versions: { sensor: "1" } });
      const update = firstOf(events, deviceId, (e) => e.type === "update")!;
      const crash = firstOf(events, deviceId, (e) => e.type === "crash")!;
      expect(Date.parse(crash.ts) - Date.parse(update.ts)).toBeLessThan(fleet.intervalMs);
    }
    expect(fleet.stats().hookErrors).toBe(0);
  });

  it("waits for the checks under way", async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchImpl = (() => new Promise<Response>((resolve) => (answer = resolve))) as typeof fetch;
    const agent = followManifest({ heartbeatWaits: false, everyTicks: 1 });
    const device = { deviceId: "d1", hostname: "h", os: "linux" as const, osVersion: "6.8", model: "m", tags: {}, versions: { sensor: "1" } };
    const installed: string[] = [];
    const check = agent({
      device,
      tick: 0,
      now: new Date(),
      bootId: "b",
      random: Math.random,
      emit: () => undefined,
      installed: () => installed.push(device.versions.sensor),
      api: createFleetApi("http://x", "k", fetchImpl),
    });
    let idle = false;
    const waiting = agent.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    answer(new Response(JSON.stringify({ versions: { sensor: "2" } }), { status: 200 }));
    await Promise.all([waiting, check]);
    expect(installed).toEqual(["2"]);
  });
});
