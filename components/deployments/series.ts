import type { DeploymentSeries } from "@/queries/rollouts";
import { rateOf, type Rate } from "@/components/ui/rate";

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
  /** Percent of devices that crashed, null where nothing reported (a gap, not a zero). */
  candidate: number | null;
  baseline: number | null;
  /** The counts behind each percent, for the tooltip's "1 of 22". */
  candidateRate: Rate;
  baselineRate: Rate;
}

const PERCENT = 100;
const toPercent = (rate: Rate) => (rate.rate === null ? null : rate.rate * PERCENT);

export function crashRateRows(series: DeploymentSeries): CrashRateRow[] {
  return series.points.map((point) => {
    const candidateRate = rateOf(point.crashCounts.candidate.crashed, point.crashCounts.candidate.of);
    const baselineRate = rateOf(point.crashCounts.baseline.crashed, point.crashCounts.baseline.of);
    return { t: Date.parse(point.t), candidate: toPercent(candidateRate), baseline: toPercent(baselineRate), candidateRate, baselineRate };
  });
}

export function hasCrashRateData(rows: CrashRateRow[]): boolean {
  return rows.some((row) => row.candidate !== null || row.baseline !== null);
}
