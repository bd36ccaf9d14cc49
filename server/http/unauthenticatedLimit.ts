import { boundedBuckets } from "../limits/boundedBuckets";
import { rateLimited, type AppError } from "./errors";

/**
 * Requests without valid credentials, per client address: a misconfigured agent retrying with a bad
 * key, or a browser signed out, stays well inside 10 a second with bursts of 100; a scanner guessing
 * keys gets 429s and costs the database at most that many lookups a second. 10,000 addresses (~2 MB)
 * are remembered; anyone can come from a new address, and a forgotten one only comes back full.
 */
export const UNAUTHENTICATED_RATE_PER_SEC = 10;
export const UNAUTHENTICATED_BURST = 100;
export const UNAUTHENTICATED_ADDRESSES_TRACKED = 10_000;

const perAddress = boundedBuckets("unauthenticatedAddresses", {
  ratePerSec: UNAUTHENTICATED_RATE_PER_SEC,
  burst: UNAUTHENTICATED_BURST,
  maxTracked: UNAUTHENTICATED_ADDRESSES_TRACKED,
});

export function trackedUnauthenticatedAddresses(): number {
  return perAddress.size;
}

export function forgetUnauthenticatedCallers(): void {
  perAddress.clear();
}

/** What to throw for a request without valid credentials: its 401, or a 429 once the address has sent too many. */
export function refusalFor(address: string, unauthenticated: AppError, nowMs = Date.now()): AppError {
  const decision = perAddress.take(address, nowMs);
  if (decision.allowed) return unauthenticated;
  return rateLimited(`Too many requests without valid credentials from this address; retry after ${decision.retryAfterSec} s.`, decision.retryAfterSec);
}
