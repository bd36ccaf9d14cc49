import { isUsableBaseline } from "../baseline/fairBaseline";
import { fisherUpperTail, poissonUpperTail } from "../stats/exact";
import { countDevices, countSignal, dimensionsOf, tally, type Profile } from "./profiles";
import type { Signal } from "./signals";

/** Rates assumed without a baseline: generous, so a lone canary is only blamed for a clear break. */
export const PRIOR_RATES: Readonly<Record<Signal, number>> = { crashed: 0.05, bootLooping: 0.01, silent: 0.05 };
/** Pseudo-devices pulling a small stratum's rate towards the pooled one (empirical-Bayes shrinkage). */
const STRATUM_SHRINKAGE_DEVICES = 10;

export interface Comparison {
  exposed: number;
  affected: number;
  affectedRate: number;
  baselineDevices: number;
  baselineAffected: number;
  baselineRate: number;
  /** Affected devices the baseline predicts for the exposed cohort. */
  expectedAffected: number;
  /** Dimension whose per-value baseline rates predict the most; null: pooled baseline (or the prior). */
  adjustedFor: string | null;
  relativeRisk: number | null;
  pValue: number;
}

/**
 * Is the signal more frequent among exposed devices than the baseline predicts? Pooled, with
 * Fisher's exact test; then again per value of every dimension (site, OS build, model...). If a
 * spike lives in one site or build, exposed and unexposed alike, the stratified expectation
 * absorbs it and the release is not blamed: the weaker of the two verdicts wins.
 */
export function compareToBaseline(candidate: readonly Profile[], baseline: readonly Profile[], signal: Signal): Comparison {
  const exposed = countDevices(candidate);
  const affected = countSignal(candidate, signal);
  const baselineDevices = countDevices(baseline);
  const baselineAffected = countSignal(baseline, signal);
  const affectedRate = exposed > 0 ? affected / exposed : 0;
  const baselineRate = baselineDevices > 0 ? baselineAffected / baselineDevices : 0;
  const common = { exposed, affected, affectedRate, baselineDevices, baselineAffected, baselineRate };

  // Too few baseline devices (or none: every ring reached) is nothing fair to compare with: a prior rate stands in.
  if (!isUsableBaseline(baselineDevices)) {
    const expectedAffected = exposed * PRIOR_RATES[signal];
    return {
      ...common,
      expectedAffected,
      adjustedFor: "prior",
      relativeRisk: ratio(affected, expectedAffected),
      pValue: poissonUpperTail(affected, expectedAffected),
    };
  }
  const pooledP = fisherUpperTail(affected, exposed, affected + baselineAffected, exposed + baselineDevices);
  const pooledExpected = exposed * baselineRate;
  const strongest = strongestStratification(candidate, baseline, signal, baselineRate);
  if (strongest && strongest.expected > pooledExpected) {
    const pValue = Math.max(pooledP, poissonUpperTail(affected, strongest.expected));
    return { ...common, expectedAffected: strongest.expected, adjustedFor: strongest.dimension, relativeRisk: ratio(affected, strongest.expected), pValue };
  }
  return { ...common, expectedAffected: pooledExpected, adjustedFor: null, relativeRisk: ratio(affected, pooledExpected), pValue: pooledP };
}

export interface SubgroupComparison extends Comparison {
  subgroup: { dimension: string; value: string };
}

/**
 * The same test inside each value of each dimension (an OS build, a model, a site) that holds at
 * least `minAffected` affected exposed devices: a release that breaks only one build is drowned in
 * the pooled rate, but stands out against that build's own baseline. p-values are multiplied by the
 * number of subgroups that could be tested (Bonferroni), so looking in many places does not find noise.
 */
export function compareSubgroups(candidate: readonly Profile[], baseline: readonly Profile[], signal: Signal, minAffected: number): SubgroupComparison[] {
  const subgroups: { dimension: string; value: string }[] = [];
  // The family is every subgroup that could reach minAffected, fixed by exposure alone: counted by
  // affected devices, one more crash elsewhere could enlarge it and drop a warning (a fast-check find).
  let family = 0;
  for (const dimension of dimensionsOf(candidate)) {
    for (const [value, counts] of tally(candidate, dimension, signal)) {
      if (counts.devices < minAffected || counts.devices >= countDevices(candidate)) continue;
      family += 1;
      if (counts.affected >= minAffected) subgroups.push({ dimension, value });
    }
  }
  return subgroups.map((subgroup) => {
    const within = (profiles: readonly Profile[]) => profiles.filter((p) => p.attributes[subgroup.dimension] === subgroup.value);
    const comparison = compareToBaseline(within(candidate), within(baseline), signal);
    return { ...comparison, pValue: Math.min(1, comparison.pValue * family), subgroup };
  });
}

const ratio = (observed: number, expected: number) => (expected > 0 ? observed / expected : observed > 0 ? null : 1);

/** The dimension whose per-value baseline rates, applied to the exposed devices, predict the most affected. */
function strongestStratification(candidate: readonly Profile[], baseline: readonly Profile[], signal: Signal, pooledRate: number) {
  let best: { dimension: string; expected: number } | null = null;
  for (const dimension of dimensionsOf(candidate)) {
    const baselineByValue = tally(baseline, dimension, signal);
    let expected = 0;
    for (const profile of candidate) {
      const stratum = baselineByValue.get(profile.attributes[dimension]);
      const rate = stratum ? (stratum.affected + STRATUM_SHRINKAGE_DEVICES * pooledRate) / (stratum.devices + STRATUM_SHRINKAGE_DEVICES) : pooledRate;
      expected += profile.devices * rate;
    }
    if (!best || expected > best.expected) best = { dimension, expected };
  }
  return best;
}
