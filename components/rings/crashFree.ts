import type { RateInterval } from "@/queries/rollouts";

/**
 * A share as a percent number with one decimal. Below 1 it never rounds up to 100: "99.96%
 * crash-free" shown as "100" would hide the crashes.
 */
export function formatPercentNumber(share: number): string {
  if (share >= 1) return "100";
  if (share <= 0) return "0";
  const text = (share * 100).toFixed(1);
  return text === "100.0" ? "99.9" : text;
}

export function formatPercent(share: number | null): string {
  return share === null ? "—" : `${formatPercentNumber(share)}%`;
}

/** "99.2% (98.7–99.6)": the rate and its 95% interval; "—" when nothing reported. */
export function formatRateInterval(interval: RateInterval): string {
  if (interval.rate === null) return "—";
  const rate = formatPercent(interval.rate);
  if (interval.low === null || interval.high === null) return rate;
  return `${rate} (${formatPercentNumber(interval.low)}–${formatPercentNumber(interval.high)})`;
}

export type RateLevel = "good" | "watch" | "bad" | "unknown";

/** Thresholds for colouring crash-free rates; the gate, not this, decides rollouts. */
const GOOD_CRASH_FREE = 0.995;
const WATCH_CRASH_FREE = 0.98;

export function crashFreeLevel(rate: number | null): RateLevel {
  if (rate === null) return "unknown";
  if (rate >= GOOD_CRASH_FREE) return "good";
  return rate >= WATCH_CRASH_FREE ? "watch" : "bad";
}

export const RATE_LEVEL_TEXT: Record<RateLevel, string> = {
  good: "text-emerald-700 dark:text-emerald-400",
  watch: "text-amber-700 dark:text-amber-400",
  bad: "text-red-700 dark:text-red-400",
  unknown: "text-slate-500 dark:text-slate-400",
};
