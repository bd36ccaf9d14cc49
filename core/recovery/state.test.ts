import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { burndown, deviceRecovery, RECOVERED_AFTER_MS, recoverySummary, type RecoveryFacts, type RepairRecord } from "./state";

const t0 = new Date("2026-12-01T10:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

const down: RecoveryFacts = {
  affectedAt: t0,
  health: "boot_loop",
  healthySince: null,
  lastHeartbeatAt: null,
  runningVersion: "2.0",
  badVersion: "2.0",
  runningSince: null,
  selfRevertedAt: null,
  repairs: [],
};
const repair = (status: RepairRecord["status"], minutes: number, recoveryKeyUsed = false): RepairRecord => ({
  status,
  at: at(minutes),
  recoveryKeyUsed,
  by: "tech@example",
});

describe("a device's recovery", () => {
  it("moves down -> in_repair -> recovered as a technician claims and fixes it", () => {
    expect(deviceRecovery(down, at(5))).toEqual({ state: "down", since: t0 });
    const claimed = { ...down, repairs: [repair("in_repair", 20)] };
    expect(deviceRecovery(claimed, at(25))).toMatchObject({ state: "in_repair", since: at(20), claimedBy: "tech@example" });
    const fixed = { ...claimed, repairs: [repair("in_repair", 20), repair("fixed", 40, true)] };
    // Fixed on paper, but the device has not yet proved it.
    expect(deviceRecovery(fixed, at(41))).toMatchObject({ state: "in_repair" });
    const healthy = { ...fixed, health: "healthy" as const, healthySince: at(42), lastHeartbeatAt: at(51), runningVersion: "1.0", runningSince: at(42) };
    expect(deviceRecovery(healthy, at(51))).toMatchObject({ state: "in_repair" });
    // Ten minutes have passed, but no heartbeat has shown them yet.
    expect(deviceRecovery(healthy, at(53))).toMatchObject({ state: "in_repair" });
    expect(deviceRecovery({ ...healthy, lastHeartbeatAt: at(52) }, at(53))).toEqual({
      state: "recovered",
      method: "manual",
      recoveryKeyUsed: true,
      since: at(52),
    });
  });

  it("is never recovered on the bad version, however long it stays up", () => {
    const upOnBad = { ...down, health: "healthy" as const, healthySince: at(1), lastHeartbeatAt: at(600), runningSince: at(1) };
    expect(deviceRecovery(upOnBad, at(600)).state).toBe("down");
  });

  it("names how it came back: its own revert, the manifest, a technician or a reimage", () => {
    const back = { ...down, health: "healthy" as const, healthySince: at(3), lastHeartbeatAt: at(60), runningVersion: "1.0", runningSince: at(3) };
    expect(deviceRecovery({ ...back, selfRevertedAt: at(2) }, at(60)).method).toBe("self_reverted");
    expect(deviceRecovery(back, at(60)).method).toBe("remote");
    expect(deviceRecovery({ ...back, repairs: [repair("reimaged", 2)] }, at(60)).method).toBe("reimaged");
  });

  const facts = fc
    .record({
      health: fc.constantFrom("healthy", "crashed", "boot_loop", "silent"),
      healthyAfter: fc.option(fc.integer({ min: -30, max: 600 }), { nil: null }),
      version: fc.constantFrom("1.0", "2.0", "2.0.1", null),
      repairs: fc.array(
        fc.record({ status: fc.constantFrom("in_repair", "fixed", "reimaged"), minutes: fc.integer({ min: 0, max: 600 }), key: fc.boolean() }),
        {
          maxLength: 4,
        },
      ),
      now: fc.integer({ min: 0, max: 2000 }),
    })
    .map(({ health, healthyAfter, version, repairs, now }) => ({
      facts: {
        ...down,
        health,
        healthySince: health === "healthy" && healthyAfter !== null ? at(healthyAfter) : null,
        lastHeartbeatAt: at(now),
        runningVersion: version,
        runningSince: healthyAfter === null ? null : at(healthyAfter),
        repairs: repairs.sort((a, b) => a.minutes - b.minutes).map((r) => repair(r.status, r.minutes, r.key)),
      } satisfies RecoveryFacts,
      now: at(now),
    }));

  it("calls a device recovered only when it is healthy on a good version for ten minutes after it was affected", () => {
    fc.assert(
      fc.property(facts, ({ facts: f, now }) => {
        const r = deviceRecovery(f, now);
        if (r.state === "recovered") {
          expect(f.health).toBe("healthy");
          expect(f.runningVersion).not.toBe(f.badVersion);
          expect(f.runningVersion).not.toBeNull();
          expect(r.since.getTime()).toBeGreaterThanOrEqual(Math.max(f.affectedAt.getTime(), f.healthySince!.getTime()) + RECOVERED_AFTER_MS);
          expect(r.since.getTime()).toBeLessThanOrEqual(Math.min(now.getTime(), f.lastHeartbeatAt!.getTime()));
        } else {
          expect(r.state).toBe(f.repairs.length > 0 ? "in_repair" : "down");
        }
        expect(r.recoveryKeyUsed ?? false).toBe(r.state === "down" ? false : f.repairs.some((x) => x.recoveryKeyUsed));
      }),
    );
  });
});

describe("recovery figures", () => {
  const devices = fc.array(
    fc.record({ affected: fc.integer({ min: 0, max: 100 }), recoveredAfter: fc.option(fc.integer({ min: 10, max: 600 }), { nil: null }) }),
    { maxLength: 60 },
  );
  const toDevices = (list: { affected: number; recoveredAfter: number | null }[]) =>
    list.map(({ affected, recoveredAfter }) => ({
      affectedAt: at(affected),
      recovery:
        recoveredAfter === null
          ? { state: "down" as const, since: at(affected) }
          : { state: "recovered" as const, method: "remote" as const, since: at(affected + recoveredAfter) },
    }));

  it("counts every affected device once, and takes MTTR over the recovered ones", () => {
    fc.assert(
      fc.property(devices, (list) => {
        const summary = recoverySummary(toDevices(list));
        expect(summary.down + summary.inRepair + summary.recovered).toBe(list.length);
        const recovered = list.filter((d) => d.recoveredAfter !== null).map((d) => d.recoveredAfter! * 60);
        expect(summary.mttrSec).toBe(recovered.length ? Math.round(recovered.reduce((a, b) => a + b, 0) / recovered.length) : null);
      }),
    );
  });

  it("burns down: never negative, never above the affected, ending at the devices still down", () => {
    fc.assert(
      fc.property(devices, fc.integer({ min: 2, max: 40 }), (list, maxPoints) => {
        const all = toDevices(list);
        const now = at(1000);
        const points = burndown(all, now, maxPoints);
        for (const p of points) {
          expect(p.down).toBeGreaterThanOrEqual(0);
          expect(p.down).toBeLessThanOrEqual(list.length);
        }
        for (let i = 1; i < points.length; i++) expect(points[i].at.getTime()).toBeGreaterThanOrEqual(points[i - 1].at.getTime());
        expect(points[points.length - 1].down).toBe(recoverySummary(all).down + recoverySummary(all).inRepair);
        expect(points[points.length - 1].at).toEqual(now);
      }),
    );
  });
});
