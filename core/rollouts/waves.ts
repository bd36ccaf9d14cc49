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

/** The wave part of a stage's state (core/rollouts/deployment's StageState). */
export interface StageWaves {
  status: "pending" | "baking" | "passed" | "blocked";
  startedAt: Date | null;
  finishedAt: Date | null;
  waves?: readonly number[];
  waveStartedAt?: readonly Date[];
}

export const wavesOf = (stage: StageWaves): readonly number[] => (stage.waves && stage.waves.length > 0 ? stage.waves : WHOLE_RING);

/** The wave now exposing the ring (the last one started), or -1 before the stage starts. */
export function currentWaveIndex(stage: StageWaves): number {
  if (stage.status === "pending") return -1;
  const started = stage.waveStartedAt?.length ?? 0;
  if (started > 0) return Math.min(started, wavesOf(stage).length) - 1;
  // Stages started before waves existed (and pure callers that build states by hand) are in their first wave.
  return stage.startedAt ? 0 : -1;
}

/** When the current wave started: its bake counts from here. */
export function currentWaveStart(stage: StageWaves): Date | null {
  const index = currentWaveIndex(stage);
  if (index < 0) return null;
  return stage.waveStartedAt?.[index] ?? stage.startedAt;
}

/** Share of the ring (percent) the stage may be offered to now: 0 before it starts, all of it once passed. */
export function offeredPercent(stage: StageWaves): number {
  if (stage.status === "passed") return 100;
  const index = currentWaveIndex(stage);
  return index < 0 ? 0 : wavesOf(stage)[index];
}

/** The stage with its next wave started, or null when the current wave is its last. */
export function startNextWave<S extends StageWaves>(stage: S, now: Date): S | null {
  const index = currentWaveIndex(stage);
  const waves = wavesOf(stage);
  if (index < 0 || index + 1 >= waves.length) return null;
  const started = stage.waveStartedAt && stage.waveStartedAt.length > 0 ? stage.waveStartedAt.slice(0, index + 1) : [stage.startedAt ?? now];
  return { ...stage, waveStartedAt: [...started, now] };
}

export type WaveStatus = "pending" | "baking" | "passed" | "blocked";

export interface WaveView {
  percent: number;
  status: WaveStatus;
  startedAt: Date | null;
}

/** Each wave of a stage with its status: earlier waves passed, the current one as the stage is, later ones pending. */
export function waveViews(stage: StageWaves): WaveView[] {
  const current = currentWaveIndex(stage);
  return wavesOf(stage).map((percent, i) => {
    const startedAt = i <= current ? (stage.waveStartedAt?.[i] ?? (i === 0 ? stage.startedAt : null)) : null;
    if (stage.status === "passed" || i < current) return { percent, status: "passed", startedAt };
    if (i === current) return { percent, status: stage.status, startedAt };
    return { percent, status: "pending", startedAt: null };
  });
}
