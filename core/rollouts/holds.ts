import type { Attributes } from "../detection/profiles";

/**
 * Targeted holds, as Windows Update's safeguard holds: a cohort of the fleet (`osVersion=10.0.22631`,
 * `tags.site=fra`, `versions.sensor=7.10.17706`) that the manifest stops offering a release to while
 * the rest of the deployment goes on. The dimensions are those anomaly suspects are named by.
 */
export const HOLD_DIMENSION_PATTERN = /^(os|osVersion|model|tags\.[A-Za-z0-9_.:-]{1,64}|versions\.[A-Za-z0-9_.:-]{1,64})$/;

export interface Cohort {
  dimension: string;
  value: string;
}

export interface HoldRule extends Cohort {
  id: string;
  /** Held devices already running the release are offered the previous version. */
  revert: boolean;
}

export const inCohort = (attributes: Attributes, cohort: Cohort) => attributes[cohort.dimension] === cohort.value;

/** The hold that decides for this device: a reverting one first, since it asks for more. */
export function holdFor(holds: readonly HoldRule[], attributes: Attributes): HoldRule | null {
  let found: HoldRule | null = null;
  for (const hold of holds) {
    if (!inCohort(attributes, hold)) continue;
    if (hold.revert) return hold;
    found ??= hold;
  }
  return found;
}

/** A suspect must hold at least this share of the affected devices for the fault to be "confined" to it. */
export const CONFINED_SHARE = 0.9;

export interface CohortSuspect extends Cohort {
  /** Share of the affected devices with this value. */
  share: number;
  /** Share of the exposed devices with it. */
  exposedShare?: number;
}

/**
 * The cohort an anomaly's evidence is confined to, if any: the strongest suspect that holds nearly all
 * affected devices but not all exposed ones. Holding a cohort that is the whole exposure would be a
 * pause under another name, so that case (and a fault spread over many values) gets null: pause.
 */
export function confinedCohort(suspects: readonly CohortSuspect[]): Cohort | null {
  const suspect = suspects.find((s) => s.share >= CONFINED_SHARE && (s.exposedShare ?? 0) < 1 && HOLD_DIMENSION_PATTERN.test(s.dimension));
  return suspect ? { dimension: suspect.dimension, value: suspect.value } : null;
}

export const cohortLabel = (cohort: Cohort) => `${cohort.dimension}=${cohort.value}`;
