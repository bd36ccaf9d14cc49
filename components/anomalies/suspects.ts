import type { Suspect } from "@/schemas/anomalies";

/** How many suspects the page lists; past that they explain little. */
export const SUSPECT_LIMIT = 8;
const PERCENT = 100;

export interface SuspectBar {
  key: string;
  dimension: string;
  value: string;
  /** Share of the affected devices with this value, and of all exposed devices, in percent (0..100). */
  affectedPercent: number;
  exposedPercent: number;
  lift: number;
}

/** Strongest concentration first (lift), then the larger share of the affected. */
export function rankSuspects(suspects: readonly Suspect[], limit = SUSPECT_LIMIT): SuspectBar[] {
  return [...suspects]
    .sort((a, b) => b.lift - a.lift || b.share - a.share)
    .slice(0, limit)
    .map((s) => ({
      key: `${s.dimension}=${s.value}`,
      dimension: s.dimension,
      value: s.value,
      affectedPercent: clampPercent(s.share),
      exposedPercent: clampPercent(s.exposedShare),
      lift: s.lift,
    }));
}

const clampPercent = (share: number) => Math.min(PERCENT, Math.max(0, share * PERCENT));
