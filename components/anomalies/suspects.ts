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

/**
 * In the detector's order: it ranks by how well a value separates affected from unaffected devices
 * (core/detection/suspects.ts). Re-sorting by lift would put a small model above the majority OS
 * that holds every broken machine.
 */
export function rankSuspects(suspects: readonly Suspect[], limit = SUSPECT_LIMIT): SuspectBar[] {
  return suspects.slice(0, limit).map((s) => ({
    key: `${s.dimension}=${s.value}`,
    dimension: s.dimension,
    value: s.value,
    affectedPercent: clampPercent(s.share),
    exposedPercent: clampPercent(s.exposedShare),
    lift: s.lift,
  }));
}

const clampPercent = (share: number) => Math.min(PERCENT, Math.max(0, share * PERCENT));
