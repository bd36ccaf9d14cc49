/** Token bucket: `ratePerSec` sustained, bursts up to `burst`. Pure: the caller passes the clock. */
export interface TokenBucket {
  tokens: number;
  updatedAtMs: number;
}

export interface BucketDecision {
  allowed: boolean;
  /** Seconds until one token is available (only meaningful when refused). */
  retryAfterSec: number;
  bucket: TokenBucket;
}

export function takeToken(bucket: TokenBucket | undefined, ratePerSec: number, burst: number, nowMs: number): BucketDecision {
  const previous = bucket ?? { tokens: burst, updatedAtMs: nowMs };
  const refilled = Math.min(burst, previous.tokens + ((nowMs - previous.updatedAtMs) / 1000) * ratePerSec);
  if (refilled >= 1) {
    return { allowed: true, retryAfterSec: 0, bucket: { tokens: refilled - 1, updatedAtMs: nowMs } };
  }
  const retryAfterSec = Math.max(1, Math.ceil((1 - refilled) / ratePerSec));
  return { allowed: false, retryAfterSec, bucket: { tokens: refilled, updatedAtMs: nowMs } };
}
