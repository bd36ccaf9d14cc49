import { fnv1a } from "../rings/assignment";

/**
 * Waves within a ring: a stage exposes its ring in cumulative steps (`[10, 50, 100]` percent), so a
 * 90,000-device broad ring is never exposed at once. Each device owns a fixed place in the order
 * (a bucket); a wave at p% holds the devices whose bucket is below p% of the buckets.
 */
export const WAVE_BUCKETS = 10_000;
/** A stage without waves exposes its whole ring at once: one wave at 100%. */
export const WHOLE_RING: readonly number[] = [100];
export const MAX_WAVES = 10;

/**
 * A device's place in a deployment's wave order. Salted with the deployment, so the first 10% of one
 * release is not always the same machines (they would carry every release's risk), yet stable for the
 * deployment's life: the devices of a wave never change, and every wave holds all those of the one before.
 */
export function waveBucket(deploymentId: string, deviceId: string): number {
  return fnv1a(`${deploymentId}/${deviceId}`) % WAVE_BUCKETS;
}

/** The first bucket outside a wave of `percent`. */
export const waveBoundary = (percent: number) => Math.round((percent / 100) * WAVE_BUCKETS);

export function inWave(bucket: number, percent: number): boolean {
  return bucket < waveBoundary(percent);
}

/** Why a list of waves is unusable, or null when it is fine: strictly rising, above 0, ending at exactly 100. */
export function wavesProblem(waves: readonly number[]): string | null {
  if (waves.length === 0) return "needs at least one wave";
  if (waves.length > MAX_WAVES) return `has ${waves.length} waves; at most ${MAX_WAVES}`;
  for (const [i, percent] of waves.entries()) {
    if (!Number.isFinite(percent) || percent <= 0 || percent > 100)
      return `wave ${i + 1} is ${percent}%; each wave is a share of the ring above 0 and at most 100`;
    if (i > 0 && percent <= waves[i - 1]) return `wave ${i + 1} (${percent}%) does not grow on wave ${i} (${waves[i - 1]}%); waves are cumulative`;
    if (waveBoundary(percent) === (i === 0 ? 0 : waveBoundary(waves[i - 1])))
      return `wave ${i + 1} (${percent}%) adds no device: steps finer than ${100 / WAVE_BUCKETS}% are lost`;
  }
  if (waves[waves.length - 1] !== 100) return `the last wave is ${waves[waves.length - 1]}%; it must be 100 so the whole ring is reached`;
  return null;
}
