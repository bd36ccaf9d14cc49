import { takeToken, type TokenBucket } from "../../core/limits/tokenBucket";
import { rateLimited } from "./errors";
import { processWide } from "../processState";

/** Requests per second an API key may make unless the key sets its own limit. */
const DEFAULT_RATE_PER_SEC = Number(process.env.RINGWATCH_API_RATE_LIMIT ?? 2000);
const BURST_SECONDS = 2;

// Per process: a multi-instance deployment multiplies the allowance, which is acceptable for abuse control.
const buckets = processWide("rateLimits", () => new Map<string, TokenBucket>());

export function enforceRateLimit(keyId: string, ratePerSec: number | null, nowMs = Date.now()): void {
  const rate = ratePerSec ?? DEFAULT_RATE_PER_SEC;
  const decision = takeToken(buckets.get(keyId), rate, Math.max(1, rate * BURST_SECONDS), nowMs);
  buckets.set(keyId, decision.bucket);
  if (!decision.allowed) {
    throw rateLimited(`This API key is limited to ${rate} requests per second; retry after ${decision.retryAfterSec} s.`, decision.retryAfterSec);
  }
}
