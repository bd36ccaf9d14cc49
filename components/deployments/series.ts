import type { DeploymentSeries } from "@/queries/rollouts";

/** One colour per ring in rollout order; mid-tones that read on light and dark backgrounds. */
export const RING_COLORS = ["#6366f1", "#0ea5e9", "#14b8a6", "#a855f7", "#f97316", "#64748b"] as const;
export const CANDIDATE_COLOR = "#ef4444";
export const BASELINE_COLOR = "#94a3b8";

export function ringColor(index: number): string {
  return RING_COLORS[index % RING_COLORS.length];
}

export type ExposureRow = { t: number } & Record<string, number>;

/** Rings of the deployment's stages in stage order, then any other ring the series names. */
export function exposureRings(series: DeploymentSeries, stageRings: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const point of series.points) for (const ring of Object.keys(point.exposed)) if (!stageRings.includes(ring)) extra.add(ring);
  return [...stageRings, ...[...extra].sort()];
}

/**
 * Chart rows of cumulative exposure per ring. A ring missing from a point keeps its last count
 * (exposure never goes down), starting at 0.
 */
export function exposureRows(series: DeploymentSeries, rings: readonly string[]): ExposureRow[] {
  const last: Record<string, number> = Object.fromEntries(rings.map((ring) => [ring, 0]));
  return series.points.map((point) => {
    for (const ring of rings) last[ring] = point.exposed[ring] ?? last[ring];
    return { ...last, t: Date.parse(point.t) } as ExposureRow;
  });
}

export interface CrashRateRow {
  t: number;
  /** Percent of reporting devices that crashed, null where nothing reported (a gap, not a zero). */
  candidate: number | null;
  baseline: number | null;
}

const toPercent = (share: number | null) => (share === null ? null : share * 100);

export function crashRateRows(series: DeploymentSeries): CrashRateRow[] {
  return series.points.map((point) => ({
    t: Date.parse(point.t),
    candidate: toPercent(point.crashRate.candidate),
    baseline: toPercent(point.crashRate.baseline),
  }));
}

export function hasCrashRateData(rows: CrashRateRow[]): boolean {
  return rows.some((row) => row.candidate !== null || row.baseline !== null);
}

/** "0.35%" with two decimals below 10%, where small differences matter. */
export function formatCrashRate(percent: number): string {
  return `${percent.toFixed(percent < 10 ? 2 : 1)}%`;
}
