import { describe, expect, it } from "vitest";
import { takeToken, type TokenBucket } from "./tokenBucket";

describe("takeToken", () => {
  it("allows a burst, then refuses with a retry time, then refills", () => {
    let bucket: TokenBucket | undefined;
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const decision = takeToken(bucket, 1, 3, 0);
      bucket = decision.bucket;
      results.push(decision.allowed);
    }
    expect(results).toEqual([true, true, true, false]);
    expect(takeToken(bucket, 1, 3, 0).retryAfterSec).toBe(1);
    expect(takeToken(bucket, 1, 3, 1000).allowed).toBe(true);
  });
});
