import { describe, expect, it } from "vitest";
import type { FleetEvent } from "./devices";
import { demoFaults } from "./faults";
import { FleetSimulator } from "./simulator";

const START = Date.parse("2026-10-21T07:00:00.000Z");

function acceptingServer() {
  const events: FleetEvent[] = [];
  const fetchImpl = (async (_url: string | URL | Request, init?: RequestInit) => {
    const batch = (JSON.parse(String(init?.body)) as { events: FleetEvent[] }).events;
    events.push(...batch);
    return new Response(JSON.stringify({ accepted: batch.length, duplicates: 0, rejected: [] }), { status: 202 });
  }) as typeof fetch;
  return { events, fetchImpl };
}

/** Runs `devices` agents for `minutes` simulated minutes against a server that accepts everything. */
async function simulate(seed: number, devices = 60, minutes = 20) {
  const { events, fetchImpl } = acceptingServer();
  const fleet = new FleetSimulator({
    devices,
    seed,
    baseUrl: "http://fleet.test",
    apiKey: "rw_test",
    startAt: new Date(START),
    faults: demoFaults({ crashy: 0.2, bootLoop: 0.1, silent: 0.1, meanSecondsBetweenCrashes: 120 }),
    relay: { fetchImpl },
  });
  for (let minute = 1; minute <= minutes; minute += 1) fleet.advanceTo(START + minute * 60_000);
  const stats = await fleet.stop();
  // Batches may complete out of order; the stream itself is what must replay.
  events.sort((a, b) => (a.ts === b.ts ? String(a.eventId).localeCompare(String(b.eventId)) : a.ts.localeCompare(b.ts)));
  return { events, stats, counts: fleet.fleetCounts() };
}

describe("FleetSimulator", () => {
  it("replays the same events for the same seed", async () => {
    const first = await simulate(7);
    const second = await simulate(7);
    expect(second.events).toEqual(first.events);
    expect(second.counts).toEqual(first.counts);
    expect((await simulate(8)).events).not.toEqual(first.events);
  });

  it("delivers every generated event once, each with its own event id", async () => {
    const { events, stats } = await simulate(11);
    expect(stats.generated).toBe(events.length);
    expect(stats).toMatchObject({ sent: stats.generated, unsent: 0, dropped: 0, hookErrors: 0 });
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
  });

  it("names devices with the fleet's id prefix", async () => {
    const fleet = new FleetSimulator({ devices: 3, seed: 1, baseUrl: "http://fleet.test", apiKey: "rw_test", idPrefix: "scn-a-", startAt: new Date(START) });
    expect(fleet.devices.map((d) => d.deviceId)).toEqual(["scn-a-000000", "scn-a-000001", "scn-a-000002"]);
    await fleet.stop();
  });

  it("asks the fault hook again right after an install, so a bad version crashes before the next heartbeat", async () => {
    const { fetchImpl, events } = acceptingServer();
    const fleet = new FleetSimulator({
      devices: 5,
      seed: 4,
      baseUrl: "http://fleet.test",
      apiKey: "rw_test",
      startAt: new Date(START),
      versions: { sensor: "1" },
      relay: { fetchImpl },
      onTick: ({ device, tick }) => void (tick === 1 && (device.versions = { ...device.versions, sensor: "2" })),
      faults: ({ device }) => (device.versions.sensor === "2" ? { kind: "bootLoop", cycleSec: 25 } : undefined),
    });
    fleet.advanceTo(START + 60_000);
    await fleet.stop();
    for (const device of fleet.devices) {
      const installedAt = Date.parse(events.find((e) => e.deviceId === device.deviceId && e.type === "heartbeat" && e.versions.sensor === "2")!.ts);
      const firstCrash = Date.parse(events.find((e) => e.deviceId === device.deviceId && e.type === "crash")!.ts);
      expect(firstCrash - installedAt).toBeGreaterThan(0);
      expect(firstCrash - installedAt).toBeLessThan(fleet.intervalMs);
    }
  });

  it("reboots crashed devices: every boot follows a crash of the same device", async () => {
    const { events, stats } = await simulate(3);
    expect(stats.crashes).toBeGreaterThan(0);
    expect(stats.boots).toBeGreaterThan(0);
    const crashed = new Map<string, number>();
    for (const event of events) {
      if (event.type === "crash") crashed.set(event.deviceId, (crashed.get(event.deviceId) ?? 0) + 1);
      if (event.type === "boot") {
        expect(crashed.get(event.deviceId) ?? 0).toBeGreaterThan(0);
        crashed.set(event.deviceId, (crashed.get(event.deviceId) ?? 0) - 1);
      }
    }
  });
});
