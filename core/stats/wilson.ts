/** 95% two-sided normal quantile. */
export const Z_95 = 1.959963984540054;

export interface Proportion {
  /** Point estimate, null when there is no sample. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Wilson score interval for successes/n: well-behaved at small n and at 0% or 100%, unlike the
 * normal approximation, which is why it is used for crash-free rates of small canary rings.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Proportion {
  if (n <= 0) return { rate: null, low: null, high: null };
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { rate: p, low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}
