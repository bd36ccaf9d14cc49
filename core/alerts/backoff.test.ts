import { describe, expect, it } from "vitest";
import { backoffMs, FIRST_RETRY_MS, GIVE_UP_AFTER_MS, MAX_RETRY_AFTER_MS, MAX_RETRY_DELAY_MS, nextAttempt, parseRetryAfter } from "./backoff";

const t0 = new Date("2026-11-23T12:00:00Z");

describe("webhook retry policy", () => {
  it("doubles the delay per failure, with jitter between half and the full delay, capped at an hour", () => {
    expect(backoffMs(1, 0)).toBe(FIRST_RETRY_MS / 2);
    expect(backoffMs(1, 1)).toBe(FIRST_RETRY_MS);
    expect(backoffMs(3, 1)).toBe(FIRST_RETRY_MS * 4);
    expect(backoffMs(3, 0.5)).toBe(FIRST_RETRY_MS * 3);
    expect(backoffMs(40, 1)).toBe(MAX_RETRY_DELAY_MS);
    for (let n = 1; n < 30; n++) expect(backoffMs(n + 1, 1)).toBeGreaterThanOrEqual(backoffMs(n, 1));
  });

  it("reads Retry-After as seconds or an HTTP date, capped", () => {
    expect(parseRetryAfter("7", t0)).toBe(7000);
    expect(parseRetryAfter(new Date(t0.getTime() + 30_000).toUTCString(), t0)).toBe(30_000);
    expect(parseRetryAfter("999999", t0)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter("soon", t0)).toBeNull();
    expect(parseRetryAfter(null, t0)).toBeNull();
  });

  it("prefers Retry-After over backoff, and gives up once the alert is older than 72 h", () => {
    expect(nextAttempt(1, t0, t0, 42_000, 0.3)).toEqual({ retry: true, at: new Date(t0.getTime() + 42_000) });
    expect(nextAttempt(2, t0, t0, null, 1)).toEqual({ retry: true, at: new Date(t0.getTime() + 2 * FIRST_RETRY_MS) });
    const late = new Date(t0.getTime() + GIVE_UP_AFTER_MS - 1000);
    expect(nextAttempt(60, t0, late, null, 0)).toEqual({ retry: false });
  });

  it("keeps retrying for about three days: dozens of attempts, not thousands", () => {
    let now = t0;
    let attempts = 0;
    for (;;) {
      attempts++;
      const decision = nextAttempt(attempts, t0, now, null, 0.5);
      if (!decision.retry) break;
      now = decision.at;
    }
    expect(now.getTime() - t0.getTime()).toBeGreaterThan(GIVE_UP_AFTER_MS - MAX_RETRY_DELAY_MS);
    expect(attempts).toBeGreaterThan(60);
    expect(attempts).toBeLessThan(120);
  });
});
