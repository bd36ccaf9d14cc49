import type { Suspect } from "../../schemas/anomalies";
import { countDevices, countSignal, dimensionsOf, tally, type Profile } from "./profiles";
import type { Signal } from "./signals";

export const MAX_SUSPECTS = 5;
/** A value must hold at least this share of the affected devices to be a suspect. */
const MIN_SHARE = 0.2;
/** ... and be over-represented among them by at least this factor compared with all exposed devices. */
const MIN_LIFT = 1.2;
/** Ties go to the dimension an on-call engineer checks first. */
const DIMENSION_ORDER = ["os", "osVersion", "model", "tags.", "versions."];
const dimensionRank = (dimension: string) => {
  const index = DIMENSION_ORDER.findIndex((prefix) => dimension === prefix || (prefix.endsWith(".") && dimension.startsWith(prefix)));
  return index === -1 ? DIMENSION_ORDER.length : index;
};

/** Scores equal up to rounding count as a tie. */
const scoreOrder = (a: number, b: number) => (Math.abs(b - a) > 1e-9 ? b - a : 0);

/**
 * Where do the affected devices concentrate, compared with everyone who got the release? Ranked by
 * share minus exposed share: a value held by all the broken machines and half the fleet beats one
 * held by all the broken machines and all the fleet.
 */
export function rankSuspects(candidate: readonly Profile[], signal: Signal): Suspect[] {
  const affected = countSignal(candidate, signal);
  const exposed = countDevices(candidate);
  if (affected === 0 || exposed === 0) return [];
  const suspects: (Suspect & { score: number; rank: number })[] = [];
  for (const dimension of dimensionsOf(candidate)) {
    for (const [value, counts] of tally(candidate, dimension, signal)) {
      const share = counts.affected / affected;
      const exposedShare = counts.devices / exposed;
      const lift = share / exposedShare;
      if (share < MIN_SHARE || lift < MIN_LIFT) continue;
      suspects.push({ dimension, value, share, exposedShare, lift, score: share - exposedShare, rank: dimensionRank(dimension) });
    }
  }
  return suspects
    .sort((a, b) => scoreOrder(a.score, b.score) || a.rank - b.rank || b.share - a.share || a.value.localeCompare(b.value))
    .slice(0, MAX_SUSPECTS)
    .map(({ dimension, value, share, exposedShare, lift }) => ({ dimension, value, share, exposedShare, lift }));
}
