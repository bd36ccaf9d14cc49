/** Seeded randomness: every draw of the simulator comes from here, so a run replays from its seed. */

export { mulberry32, type Random } from "../../core/stats/random";
import type { Random } from "../../core/stats/random";

/** FNV-1a over the parts: derives independent seeds (per device, per purpose) from one run seed. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A version-4-shaped UUID drawn from the seeded stream (crypto.randomUUID would break replay). */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(random() * 4)];
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function pickWeighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1][0];
}

export function uniform(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

/** Waiting time of a Poisson process: how long until a device that crashes "on average every mean" crashes. */
export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}
