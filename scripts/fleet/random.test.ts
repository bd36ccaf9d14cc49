import { describe, expect, it } from "vitest";
import { exponential, hashSeed, mulberry32, pick, pickWeighted, seededUuid, uniform } from "./random";

const draws = (seed: number, count: number) => {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => random());
};

describe("mulberry32", () => {
  it("replays the same stream for the same seed", () => {
    expect(draws(20240719, 100)).toEqual(draws(20240719, 100));
  });

  it("keeps the reference values, so recorded scenarios still replay", () => {
    expect(draws(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("gives different streams for different seeds, all in [0, 1)", () => {
    const a = draws(1, 1000);
    expect(a).not.toEqual(draws(2, 1000));
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("treats seeds modulo 2^32, as the unsigned state it keeps", () => {
    expect(draws(-1, 5)).toEqual(draws(2 ** 32 - 1, 5));
  });
});

describe("hashSeed", () => {
  it("is 32-bit FNV-1a", () => {
    expect(hashSeed()).toBe(0x811c9dc5);
    expect(hashSeed("a")).toBe(0xe40c292c);
  });

  it("separates parts, so (ab, c) and (a, bc) seed different streams", () => {
    expect(hashSeed("ab", "c")).not.toBe(hashSeed("a", "bc"));
    expect(hashSeed(1, "agent", "dev-000001")).not.toBe(hashSeed(1, "profile", "dev-000001"));
  });

  it("depends on the text of the parts, not their type", () => {
    expect(hashSeed(1, "profile", 0)).toBe(hashSeed("1", "profile", "0"));
  });
});

describe("seededUuid", () => {
  it("is shaped like a version-4 UUID with the RFC 4122 variant", () => {
    const random = mulberry32(7);
    for (let i = 0; i < 200; i += 1) {
      expect(seededUuid(random)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it("is the same for the same stream and differs along it", () => {
    expect(seededUuid(mulberry32(42))).toBe(seededUuid(mulberry32(42)));
    const random = mulberry32(42);
    expect(seededUuid(random)).not.toBe(seededUuid(random));
  });
});

describe("drawing helpers", () => {
  it("pick and pickWeighted only return listed items, and never one of weight 0", () => {
    const random = mulberry32(3);
    for (let i = 0; i < 500; i += 1) {
      expect(["a", "b", "c"]).toContain(pick(random, ["a", "b", "c"]));
      expect(
        pickWeighted(random, [
          ["never", 0],
          ["x", 1],
          ["y", 3],
        ] as const),
      ).not.toBe("never");
    }
  });

  it("uniform stays in [min, max) and exponential waiting times are positive around their mean", () => {
    const random = mulberry32(5);
    const uniforms = Array.from({ length: 1000 }, () => uniform(random, 10, 20));
    expect(uniforms.every((x) => x >= 10 && x < 20)).toBe(true);
    const waits = Array.from({ length: 20_000 }, () => exponential(random, 60));
    expect(waits.every((x) => x >= 0)).toBe(true);
    const mean = waits.reduce((sum, x) => sum + x, 0) / waits.length;
    expect(mean).toBeGreaterThan(57);
    expect(mean).toBeLessThan(63);
  });
});
