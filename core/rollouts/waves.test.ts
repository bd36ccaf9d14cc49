import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bakeRemainingSec, promote, startDeployment } from "./deployment";
import { inWave, offeredPercent, WAVE_BUCKETS, waveBucket, wavesProblem, waveViews } from "./waves";

const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 24 }), { minLength: 1, maxLength: 200 });
const percent = fc.integer({ min: 1, max: 100 });

describe("wave order", () => {
  it("is stable: the same device has the same place in a deployment, whatever else asks", () => {
    fc.assert(
      fc.property(fc.uuid(), ids, (deployment, devices) => {
        const first = devices.map((d) => waveBucket(deployment, d));
        const again = [...devices].reverse().map((d) => waveBucket(deployment, d));
        expect(again.reverse()).toEqual(first);
        for (const bucket of first) expect(bucket >= 0 && bucket < WAVE_BUCKETS).toBe(true);
      }),
    );
  });

  it("only grows: every device of a wave is in every larger wave", () => {
    fc.assert(
      fc.property(fc.uuid(), ids, percent, percent, (deployment, devices, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        for (const device of devices) {
          const bucket = waveBucket(deployment, device);
          if (inWave(bucket, small)) expect(inWave(bucket, large)).toBe(true);
        }
      }),
    );
  });

  it("holds everyone at 100% and no one at 0%", () => {
    fc.assert(
      fc.property(fc.uuid(), ids, (deployment, devices) => {
        for (const device of devices) {
          expect(inWave(waveBucket(deployment, device), 100)).toBe(true);
          expect(inWave(waveBucket(deployment, device), 0)).toBe(false);
        }
      }),
    );
  });

  it("puts about the wave's share of a real fleet in it, and a different slice for another deployment", () => {
    const fleet = Array.from({ length: 20_000 }, (_, i) => `host-${i.toString().padStart(6, "0")}.corp.example`);
    const first = new Set(fleet.filter((d) => inWave(waveBucket("deployment-a", d), 10)));
    const other = new Set(fleet.filter((d) => inWave(waveBucket("deployment-b", d), 10)));
    expect(first.size / fleet.length).toBeGreaterThan(0.09);
    expect(first.size / fleet.length).toBeLessThan(0.11);
    const overlap = [...first].filter((d) => other.has(d)).length / first.size;
    // Independent slices share about 10% of their devices; the same slice would share all of them.
    expect(overlap).toBeLessThan(0.2);
  });
});

describe("wave lists", () => {
  it("accepts strictly rising shares that end at 100", () => {
    expect(wavesProblem([100])).toBeNull();
    expect(wavesProblem([10, 50, 100])).toBeNull();
    expect(wavesProblem([0.5, 1, 100])).toBeNull();
  });

  it("names what is wrong with any other list", () => {
    expect(wavesProblem([])).toMatch(/at least one/);
    expect(wavesProblem([10, 50])).toMatch(/last wave is 50%/);
    expect(wavesProblem([50, 10, 100])).toMatch(/does not grow/);
    expect(wavesProblem([50, 50, 100])).toMatch(/does not grow/);
    expect(wavesProblem([0, 100])).toMatch(/above 0/);
    expect(wavesProblem([10, 101])).toMatch(/at most 100/);
    expect(wavesProblem([10, 10.001, 100])).toMatch(/adds no device/);
    expect(wavesProblem(Array.from({ length: 11 }, (_, i) => (i + 1) * 9.09).concat(100))).toMatch(/at most 10/);
  });

  it("accepts a list exactly when its waves are usable", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 8 }), (middle) => {
        expect(wavesProblem([...middle.sort((a, b) => a - b), 100])).toBeNull();
      }),
    );
  });
});

describe("a stage rolled out in waves", () => {
  const t0 = new Date("2026-12-01T10:00:00.000Z");
  const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  it("promotes wave by wave, each baking afresh, then moves to the next ring", () => {
    let state = startDeployment(
      [
        { ring: "broad", bakeSeconds: 600, waves: [10, 50, 100] },
        { ring: "all", bakeSeconds: 60 },
      ],
      t0,
    );
    const broad = () => state.stages[0];
    expect(waveViews(broad()).map((w) => w.status)).toEqual(["baking", "pending", "pending"]);
    expect(offeredPercent(broad())).toBe(10);
    expect(bakeRemainingSec(broad(), later(10))).toBe(0);

    state = promote(state, later(10));
    expect(offeredPercent(broad())).toBe(50);
    expect(bakeRemainingSec(broad(), later(11))).toBe(540);
    expect(waveViews(broad())).toEqual([
      { percent: 10, status: "passed", startedAt: t0 },
      { percent: 50, status: "baking", startedAt: later(10) },
      { percent: 100, status: "pending", startedAt: null },
    ]);
    expect(state.stages[1].status).toBe("pending");

    state = promote(promote(state, later(20)), later(30));
    expect(broad().status).toBe("passed");
    expect(offeredPercent(broad())).toBe(100);
    expect(state.stages[1]).toMatchObject({ status: "baking", startedAt: later(30) });
    expect(offeredPercent(state.stages[1])).toBe(100);
  });

  it("never offers less of the ring after any sequence of promotions", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 5 }), fc.nat(8), (middle, promotions) => {
        const waves = [...middle.sort((a, b) => a - b), 100];
        let state = startDeployment([{ ring: "broad", bakeSeconds: 60, waves }], t0);
        let offered = offeredPercent(state.stages[0]);
        for (let i = 0; i < promotions && state.status === "active"; i++) {
          state = promote(state, later(i + 1));
          const now = state.status === "completed" ? 100 : offeredPercent(state.stages[0]);
          if (state.status === "completed") expect(now).toBe(100);
          else expect(now).toBeGreaterThan(offered);
          offered = now;
        }
        // One promotion per wave completes the only stage.
        expect(state.status).toBe(promotions >= waves.length ? "completed" : "active");
      }),
    );
  });
});
