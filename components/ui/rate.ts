import { wilsonInterval } from "@/core/stats/wilson";

/**
 * One way to show a rate anywhere in the app: the share, how many of how many, and its 95% Wilson
 * interval, so "4.55%" can never hide that it is 1 of 22 devices.
 */
export interface Rate {
  /** Devices (or events) counted. */
  n: number;
  /** Out of how many. */
  of: number;
  /** n / of, null when of is 0. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

export function rateOf(n: number, of: number): Rate {
  return { n, of, ...wilsonInterval(n, of) };
}

const SMALL = 0.01;
const TINY = 0.0001;
const numberFormat = new Intl.NumberFormat();
export const formatCount = (n: number) => numberFormat.format(n);

const trimZeros = (text: string) => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);

/**
 * "0%", "<0.01%", "0.35%", "4.2%", "97.8%", "100%". A share below 1 never shows as 100 and a share
 * above 0 never as 0: "99.96% crash-free" shown as "100%" would hide the crashes.
 */
export function formatPercent(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return "—";
  if (share <= 0) return "0%";
  if (share >= 1) return "100%";
  if (share < TINY) return "<0.01%";
  const text = trimZeros((share * 100).toFixed(share < SMALL ? 2 : 1));
  if (text === "100") return "99.9%";
  return `${text}%`;
}

/** "95% CI 88.4–99.6%"; empty without a sample. */
export function formatInterval(rate: Pick<Rate, "low" | "high">): string {
  if (rate.low === null || rate.high === null) return "";
  return `95% CI ${formatPercent(rate.low).replace("%", "")}–${formatPercent(rate.high)}`;
}

/** "44 of 45". */
export const formatOf = (rate: Pick<Rate, "n" | "of">) => `${formatCount(rate.n)} of ${formatCount(rate.of)}`;

/** "97.8% · 44 of 45": where space is short; the interval goes in the full text. */
export function formatRateCompact(rate: Rate): string {
  if (rate.rate === null) return `— · 0 of ${formatCount(rate.of)}`;
  return `${formatPercent(rate.rate)} · ${formatOf(rate)}`;
}

/** "97.8% crash-free · 44 of 45 · 95% CI 88.4–99.6%": the whole statement, for tooltips and screen readers. */
export function formatRateFull(rate: Rate, what = ""): string {
  if (rate.rate === null) return `no data${what ? ` for ${what}` : ""} · 0 of ${formatCount(rate.of)}`;
  const head = what ? `${formatPercent(rate.rate)} ${what}` : formatPercent(rate.rate);
  return [head, formatOf(rate), formatInterval(rate)].filter(Boolean).join(" · ");
}

/** "412 of 9,950 devices in broad · 4.1%": exposure as a share of the ring. */
export function formatShareOfRing(exposed: number, ringDevices: number, ring: string): string {
  const share = ringDevices > 0 ? ` · ${formatPercent(exposed / ringDevices)}` : "";
  return `${formatCount(exposed)} of ${formatCount(ringDevices)} devices in ${ring}${share}`;
}
