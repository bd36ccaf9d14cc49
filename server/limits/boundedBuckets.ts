import { LRUCache } from "lru-cache";
import { takeToken, type BucketDecision, type TokenBucket } from "../../core/limits/tokenBucket";
import { processWide } from "../processState";

export interface BucketPolicy {
  ratePerSec: number;
  burst: number;
  /** How many keys are remembered; the least recently seen is forgotten first. */
  maxTracked: number;
}

/**
 * Token buckets by a key the caller chooses (an email, an address): anyone can invent keys, so the
 * table is LRU-bounded. A forgotten bucket comes back full, as an idle one would have refilled.
 */
export interface BucketTable {
  take(key: string, nowMs: number): BucketDecision;
  readonly size: number;
  clear(): void;
}

export function boundedBuckets(name: string, policy: BucketPolicy): BucketTable {
  const buckets = processWide(name, () => new LRUCache<string, TokenBucket>({ max: policy.maxTracked }));
  return {
    take(key, nowMs) {
      const decision = takeToken(buckets.get(key), policy.ratePerSec, policy.burst, nowMs);
      buckets.set(key, decision.bucket);
      return decision;
    },
    get size() {
      return buckets.size;
    },
    clear() {
      buckets.clear();
    },
  };
}
