/**
 * Every detection tick tests every slice again, and a bake is many ticks: per-tick thresholds let
 * the false-alarm rate of a bake grow with its length. Alpha spending bounds it instead: look n of
 * a window may use only spend(n) of a per-bake budget, and the spends sum to 1 over any number of
 * looks, so P(any false alarm in the bake) <= budget (Bonferroni over looks, valid whatever the
 * correlation between ticks; the counts are cumulative, so a fluke persists and a persistence rule
 * would not remove it).
 *
 * spend(n) = 1/(1 + ln n) - 1/(1 + ln(n + 1)) telescopes to exactly 1 and decays like
 * 1/(n ln^2 n): about as generous as 1/(n(n+1)) in the first minute of a bake, ~40 times more
 * generous after an hour of ticks, so a fault that starts late in a long bake is still caught.
 */

/**
 * Per-bake false-alarm budgets, per test (one kind, pooled or one Bonferroni-corrected subgroup
 * family). Critical: large enough that the first CANARY_BAKE_LOOKS keep the single-look threshold
 * (STRONG_P / spend(12) = 1.6e-4), because a critical pauses a real break and one tick of delay is
 * more devices hurt; the bound only bites in longer bakes. Warning: 1% per bake, where a budget of
 * 0.1% delayed the first warning of a crash rate on one build by ~10 s on average in the
 * simulations (sequential.test.ts) for no fewer false alarms.
 */
export const CRITICAL_BAKE_ALPHA = 2e-4;
export const WARNING_BAKE_ALPHA = 1e-2;
/** Two minutes of 10 s ticks: the longest canary bake the scenarios use. */
export const CANARY_BAKE_LOOKS = 12;

export function spend(look: number): number {
  const n = Math.max(1, Math.floor(look));
  return 1 / (1 + Math.log(n)) - 1 / (1 + Math.log(n + 1));
}

/**
 * Which look this tick is in the window: ticks since the window start (the first tick is look 1).
 * Counting ticks, not minutes, keeps the bound at any tick rate (2 s in e2e, 10 s by default).
 */
export function lookNumber(windowStart: Date, now: Date, tickSec: number): number {
  const elapsedSec = Math.max(0, (now.getTime() - windowStart.getTime()) / 1000);
  return Math.floor(elapsedSec / tickSec) + 1;
}
