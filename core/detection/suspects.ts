import type { Suspect } from "../../schemas/anomalies";
import { logFisherUpperTail } from "../stats/exact";
import { countDevices, countSignal, dimensionsOf, tally, type Profile } from "./profiles";
import type { Signal } from "./signals";

export const MAX_SUSPECTS = 5;
/** A value must hold at least this share of the affected devices (its coverage): a sliver explains little. */
const MIN_COVERAGE = 0.2;
/** Ties go to the dimension an on-call engineer checks first. */
const DIMENSION_ORDER = ["os", "osVersion", "model", "tags.", "versions."];
const dimensionRank = (dimension: string) => {
  const index = DIMENSION_ORDER.findIndex((prefix) => dimension === prefix || (prefix.endsWith(".") && dimension.startsWith(prefix)));
  return index === -1 ? DIMENSION_ORDER.length : index;
};
/** ln p-values this close are the same evidence (the same table summed in another order). */
const LOG_P_TOLERANCE = 1e-9;

export type RankedSuspect = Required<Suspect>;
type Scored = RankedSuspect & { logP: number; rank: number };

/**
 * Which value separates the affected exposed devices from the unaffected ones? For each
 * dimension=value, the affected rate among exposed devices with it against those with another
 * value, by a one-sided Fisher exact test (exact because canaries are small). A majority value that
 * holds every affected device is the best separator even though it barely concentrates them (the
 * old share-lift rule could never name it); a value every exposed device holds separates nothing.
 * "Without" is every exposed device not holding the value, including those that never reported the
 * dimension: a build that holds exactly the broken machines must not lose to the OS around it.
 */
export function rankSuspects(candidate: readonly Profile[], signal: Signal): RankedSuspect[] {
  const affected = countSignal(candidate, signal);
  const exposed = countDevices(candidate);
  if (affected === 0 || exposed === 0) return [];
  const suspects: Scored[] = [];
  for (const dimension of dimensionsOf(candidate)) suspects.push(...suspectsOf(dimension, candidate, signal, { affected, exposed }));
  return suspects
    .sort(byEvidence)
    .slice(0, MAX_SUSPECTS)
    .map(({ logP: _logP, rank: _rank, ...suspect }) => suspect);
}

function suspectsOf(dimension: string, candidate: readonly Profile[], signal: Signal, all: { affected: number; exposed: number }): Scored[] {
  const suspects: Scored[] = [];
  for (const [value, { devices: devicesWith, affected: affectedWith }] of tally(candidate, dimension, signal)) {
    const devicesWithout = all.exposed - devicesWith;
    const affectedWithout = all.affected - affectedWith;
    const share = affectedWith / all.affected;
    const overRepresented = affectedWith * devicesWithout > affectedWithout * devicesWith;
    if (devicesWithout === 0 || !overRepresented || share < MIN_COVERAGE) continue;
    const logP = logFisherUpperTail(affectedWith, devicesWith, all.affected, all.exposed);
    const exposedShare = devicesWith / all.exposed;
    suspects.push({
      dimension,
      value,
      share,
      exposedShare,
      lift: share / exposedShare,
      affectedWith,
      devicesWith,
      affectedWithout,
      devicesWithout,
      pValue: Math.exp(logP),
      logP,
      rank: dimensionRank(dimension),
    });
  }
  return suspects;
}

/** Strongest separation first; then the value that covers more of the affected; then the dimension checked first. */
function byEvidence(a: Scored, b: Scored): number {
  if (Math.abs(a.logP - b.logP) > LOG_P_TOLERANCE) return a.logP - b.logP;
  return b.share - a.share || a.rank - b.rank || a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value);
}
