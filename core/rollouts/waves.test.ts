import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inWave, WAVE_BUCKETS, waveBucket, wavesProblem } from "./waves";

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
