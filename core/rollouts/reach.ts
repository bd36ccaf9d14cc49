/**
 * Kill-switch reach: after a pause, halt, roll back or hold, how far has the stop travelled? Of the
 * devices exposed before the action, a device is reached once it fetched a manifest issued after the
 * action (it now knows), or reverted on its own (an `update` with `status: rolled_back`: self-healed).
 * Crashed machines in a boot loop never ask again: the unreached list is where on-site work starts.
 */
export const STOP_ACTIONS = ["pause", "halt", "rollback", "hold"] as const;
export type StopAction = (typeof STOP_ACTIONS)[number];

export interface ReachTarget {
  deviceId: string;
  /** First manifest fetch decided on the plan after the action, if any. */
  fetchedAt: Date | null;
  /** First self-revert reported after the action, if any. */
  selfHealedAt: Date | null;
}

export interface ReachStatistics {
  exposedBefore: number;
  reached: number;
  reachedShare: number | null;
  /** Seconds from the action until 50/90/99% of the exposed devices were reached; null until they are. */
  secondsTo: { p50: number | null; p90: number | null; p99: number | null };
  /** Reached devices that got there by reverting on their own. */
  selfHealed: number;
}

/** When the stop reached the device: the earlier of its fetch and its own revert. */
export function reachedAt(target: ReachTarget): Date | null {
  const { fetchedAt, selfHealedAt } = target;
  if (fetchedAt && selfHealedAt) return fetchedAt <= selfHealedAt ? fetchedAt : selfHealedAt;
  return fetchedAt ?? selfHealedAt;
}

/** Seconds after the action at which each device was reached, ascending; unreached devices are left out. */
function delays(actionAt: Date, targets: readonly ReachTarget[]): number[] {
  return targets
    .map(reachedAt)
    .filter((at): at is Date => at !== null)
    .map((at) => Math.max(0, (at.getTime() - actionAt.getTime()) / 1000))
    .sort((a, b) => a - b);
}

/** Time until `share` of all `total` targets were reached: the k-th delay, k = ceil(share * total). */
function timeToShare(sorted: readonly number[], total: number, share: number): number | null {
  if (total === 0) return null;
  const needed = Math.ceil(share * total - 1e-9);
  return needed <= sorted.length ? Math.round(sorted[needed - 1] * 10) / 10 : null;
}

export function reachStatistics(actionAt: Date, targets: readonly ReachTarget[]): ReachStatistics {
  const sorted = delays(actionAt, targets);
  const total = targets.length;
  const selfHealed = targets.filter((t) => t.selfHealedAt !== null && (t.fetchedAt === null || t.selfHealedAt < t.fetchedAt)).length;
  return {
    exposedBefore: total,
    reached: sorted.length,
    reachedShare: total === 0 ? null : sorted.length / total,
    secondsTo: { p50: timeToShare(sorted, total, 0.5), p90: timeToShare(sorted, total, 0.9), p99: timeToShare(sorted, total, 0.99) },
    selfHealed,
  };
}

export interface ReachPoint {
  /** Seconds after the action. */
  seconds: number;
  reached: number;
}

/** The reach curve: one step per reached device (thinned to at most `maxPoints`), starting at 0. */
export function reachCurve(actionAt: Date, targets: readonly ReachTarget[], maxPoints = 200): ReachPoint[] {
  const sorted = delays(actionAt, targets);
  const points: ReachPoint[] = [{ seconds: 0, reached: 0 }];
  const step = Math.max(1, Math.ceil(sorted.length / maxPoints));
  for (let i = step - 1; i < sorted.length; i += step) points.push({ seconds: sorted[i], reached: i + 1 });
  const last = points[points.length - 1];
  if (sorted.length > 0 && last.reached !== sorted.length) points.push({ seconds: sorted[sorted.length - 1], reached: sorted.length });
  return points;
}
