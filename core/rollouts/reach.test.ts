import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reachCurve, reachedAt, reachStatistics, type ReachTarget } from "./reach";

const actionAt = new Date("2026-12-01T10:00:00.000Z");
const after = (seconds: number) => new Date(actionAt.getTime() + seconds * 1000);
const maybeDelay = fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: null });
const target = fc.record({ deviceId: fc.uuid(), fetch: maybeDelay, heal: maybeDelay }).map(({ deviceId, fetch, heal }): ReachTarget => ({
  deviceId,
  fetchedAt: fetch === null ? null : after(fetch),
  selfHealedAt: heal === null ? null : after(heal),
}));
const targets = fc.array(target, { maxLength: 300 });

describe("reach statistics", () => {
  it("counts a device reached exactly when it fetched or reverted after the action", () => {
    fc.assert(
      fc.property(targets, (all) => {
        const stats = reachStatistics(actionAt, all);
        expect(stats.exposedBefore).toBe(all.length);
        expect(stats.reached).toBe(all.filter((t) => t.fetchedAt || t.selfHealedAt).length);
        expect(stats.selfHealed).toBeLessThanOrEqual(stats.reached);
        if (all.length === 0) expect(stats.reachedShare).toBeNull();
        else expect(stats.reachedShare).toBeCloseTo(stats.reached / all.length, 12);
      }),
    );
  });

  it("gives times that rise with the share, and a time only for a share actually reached", () => {
    fc.assert(
      fc.property(targets, (all) => {
        const { secondsTo, reachedShare } = reachStatistics(actionAt, all);
        const share = reachedShare ?? 0;
        for (const [p, seconds] of [
          [0.5, secondsTo.p50],
          [0.9, secondsTo.p90],
          [0.99, secondsTo.p99],
        ] as const) {
          expect(seconds !== null).toBe(share >= p - 1e-9 && all.length > 0);
          // At that time, at least p of all devices had been reached.
          if (seconds !== null) {
            const by = all.filter((t) => {
              const at = reachedAt(t);
              return at !== null && (at.getTime() - actionAt.getTime()) / 1000 <= seconds + 0.05;
            }).length;
            expect(by / all.length).toBeGreaterThanOrEqual(p - 1e-9);
          }
        }
        if (secondsTo.p50 !== null && secondsTo.p90 !== null) expect(secondsTo.p90).toBeGreaterThanOrEqual(secondsTo.p50);
        if (secondsTo.p90 !== null && secondsTo.p99 !== null) expect(secondsTo.p99).toBeGreaterThanOrEqual(secondsTo.p90);
      }),
    );
  });

  it("reaches 100% once every exposed device has fetched", () => {
    const all = [0, 5, 30, 600].map((s, i) => ({ deviceId: `d${i}`, fetchedAt: after(s), selfHealedAt: null }));
    expect(reachStatistics(actionAt, all)).toEqual({
      exposedBefore: 4,
      reached: 4,
      reachedShare: 1,
      secondsTo: { p50: 5, p90: 600, p99: 600 },
      selfHealed: 0,
    });
  });

  it("calls a device self-healed when its own revert came before any fetch", () => {
    const stats = reachStatistics(actionAt, [
      { deviceId: "a", fetchedAt: after(60), selfHealedAt: after(10) },
      { deviceId: "b", fetchedAt: after(5), selfHealedAt: after(10) },
      { deviceId: "c", fetchedAt: null, selfHealedAt: after(20) },
      { deviceId: "d", fetchedAt: null, selfHealedAt: null },
    ]);
    expect(stats).toMatchObject({ reached: 3, selfHealed: 2, secondsTo: { p50: 10, p90: null } });
  });
});

describe("reach curve", () => {
  it("starts at zero, never falls, and ends at the number reached", () => {
    fc.assert(
      fc.property(targets, fc.integer({ min: 2, max: 50 }), (all, maxPoints) => {
        const curve = reachCurve(actionAt, all, maxPoints);
        expect(curve[0]).toEqual({ seconds: 0, reached: 0 });
        for (let i = 1; i < curve.length; i++) {
          expect(curve[i].seconds).toBeGreaterThanOrEqual(curve[i - 1].seconds);
          expect(curve[i].reached).toBeGreaterThan(curve[i - 1].reached);
        }
        expect(curve[curve.length - 1].reached).toBe(reachStatistics(actionAt, all).reached);
        expect(curve.length).toBeLessThanOrEqual(maxPoints + 2);
      }),
    );
  });
});
