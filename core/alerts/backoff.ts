/** Retry policy of webhook deliveries. Pure: the caller passes the clock and the random source. */

export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_DELAY_MS = 60 * 60_000;
/** After this long since the alert, a delivery stops retrying and is marked dead. */
export const GIVE_UP_AFTER_MS = 72 * 60 * 60_000;
/** A Retry-After longer than this is capped, so one answer cannot park an endpoint for days. */
export const MAX_RETRY_AFTER_MS = 6 * 60 * 60_000;
/** Failed deliveries in a row before an endpoint shows as failing. */
export const FAILING_AFTER = 5;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries of
 * many endpoints that failed together spread out without ever retrying almost at once.
 */
export function backoffMs(failedAttempts: number, random: number): number {
  const exponential = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}

/** Retry-After as delta-seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(MAX_RETRY_AFTER_MS, Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - now.getTime()));
}

export type RetryDecision = { retry: true; at: Date } | { retry: false };

/** When to try again after a failed attempt, or never (dead) once the alert is older than the give-up window. */
export function nextAttempt(failedAttempts: number, createdAt: Date, now: Date, retryAfterMs: number | null, random: number): RetryDecision {
  const delay = retryAfterMs ?? backoffMs(failedAttempts, random);
  const at = new Date(now.getTime() + delay);
  if (at.getTime() - createdAt.getTime() > GIVE_UP_AFTER_MS) return { retry: false };
  return { retry: true, at };
}
