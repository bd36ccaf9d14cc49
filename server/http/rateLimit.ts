import { takeToken, type TokenBucket } from "../../core/limits/tokenBucket";
import { appConfig } from "../config";
import { rateLimited } from "./errors";
import { processWide } from "../processState";

const BURST_SECONDS = 2;

// Per process: a multi-instance deployment multiplies the allowance, which is acceptable for abuse control.
const buckets = processWide("rateLimits", () => new Map<string, TokenBucket>());

export function enforceRateLimit(keyId: string, ratePerSec: number | null, nowMs = Date.now()): void {
  // A key without a limit of its own gets RINGWATCH_API_RATE_LIMIT.
  const rate = ratePerSec ?? appConfig().RINGWATCH_API_RATE_LIMIT;
  const decision = takeToken(buckets.get(keyId), rate, Math.max(1, rate * BURST_SECONDS), nowMs);
  buckets.set(keyId, decision.bucket);
  if (!decision.allowed) {
    throw rateLimited(`This API key is limited to ${rate} requests per second; retry after ${decision.retryAfterSec} s.`, decision.retryAfterSec);
  }
}
