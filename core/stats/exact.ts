/**
 * Exact tail probabilities for small counts. Canary rings are small (ten devices is common), where
 * normal approximations lie; these stay correct at 0, 1 or 3 events.
 */

const logFactorialCache: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorialCache.length; i <= n; i++) logFactorialCache[i] = logFactorialCache[i - 1] + Math.log(i);
  return logFactorialCache[n];
}

const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * One-sided Fisher exact test: probability of at least `affected` affected devices among `exposed`,
 * when `totalAffected` of `total` devices are affected and exposure has nothing to do with it.
 */
export function fisherUpperTail(affected: number, exposed: number, totalAffected: number, total: number): number {
  const high = Math.min(exposed, totalAffected);
  const low = Math.max(affected, 0, exposed + totalAffected - total);
  if (low > high) return affected <= Math.max(0, exposed + totalAffected - total) ? 1 : 0;
  const denominator = logChoose(total, exposed);
  let p = 0;
  for (let k = low; k <= high; k++) {
    p += Math.exp(logChoose(totalAffected, k) + logChoose(total - totalAffected, exposed - k) - denominator);
  }
  return Math.min(1, p);
}

/** P(X >= observed) for X ~ Poisson(expected). */
export function poissonUpperTail(observed: number, expected: number): number {
  if (observed <= 0) return 1;
  if (expected <= 0) return 0;
  // 1 - P(X <= observed - 1), summed in log space term by term.
  let term = Math.exp(-expected);
  let cdf = term;
  for (let k = 1; k < observed; k++) {
    term *= expected / k;
    cdf += term;
  }
  return Math.max(0, Math.min(1, 1 - cdf));
}

/**
 * ln of fisherUpperTail, summed in log space: in a broad ring the tail of a clear split is far
 * below the smallest double, and ranking by a p-value that underflowed to 0 would tie them all.
 */
export function logFisherUpperTail(affected: number, exposed: number, totalAffected: number, total: number): number {
  const high = Math.min(exposed, totalAffected);
  const low = Math.max(affected, 0, exposed + totalAffected - total);
  if (low > high) return affected <= Math.max(0, exposed + totalAffected - total) ? 0 : Number.NEGATIVE_INFINITY;
  const denominator = logChoose(total, exposed);
  const terms: number[] = [];
  for (let k = low; k <= high; k++) terms.push(logChoose(totalAffected, k) + logChoose(total - totalAffected, exposed - k) - denominator);
  const largest = Math.max(...terms);
  return Math.min(0, largest + Math.log(terms.reduce((sum, t) => sum + Math.exp(t - largest), 0)));
}
