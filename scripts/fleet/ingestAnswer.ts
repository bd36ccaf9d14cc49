/** What an answer of POST /api/v1/ingest means for the batch that was sent: pure, no I/O. */

export interface IngestRejection {
  index: number;
  error: { code: string; message: string };
}

export type Attempt =
  | { kind: "answered"; accepted: number; duplicates: number; rejected: number }
  | { kind: "retry"; delayMs?: number; status?: number; message: string }
  | { kind: "too_large" }
  | { kind: "refused"; status: number; message: string };

/**
 * 202 is a final answer; 429 is retried after Retry-After; 413 asks for a smaller batch; 408 and 5xx
 * are retried with backoff; any other status refuses the batch for good.
 */
export function classifyAnswer(status: number, text: string, retryAfter: string | null, events: number, now = Date.now()): Attempt {
  if (status === 202) return parseIngestAnswer(text, events);
  if (status === 429) return { kind: "retry", delayMs: retryAfterMs(retryAfter, now), status: 429, message: "HTTP 429 too many requests" };
  if (status === 413) return { kind: "too_large" };
  if (status >= 500 || status === 408) return { kind: "retry", status, message: `HTTP ${status}: ${text.slice(0, 300)}` };
  return { kind: "refused", status, message: text.slice(0, 300) };
}

/** Reads the 202 body; an unreadable one still counts every event, as accepted, and says so. */
export function parseIngestAnswer(text: string, events: number): Attempt {
  try {
    const body = JSON.parse(text) as { accepted?: unknown; duplicates?: unknown; rejected?: unknown };
    const rejected = Array.isArray(body.rejected) ? body.rejected.length : 0;
    const accepted = typeof body.accepted === "number" ? body.accepted : events - rejected;
    const duplicates = typeof body.duplicates === "number" ? body.duplicates : 0;
    return { kind: "answered", accepted, duplicates, rejected };
  } catch {
    return { kind: "answered", accepted: events, duplicates: 0, rejected: 0 };
  }
}

/** Retry-After in seconds or as an HTTP date; 1 s when absent or unreadable, capped at a minute. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 1000;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(60_000, Math.max(0, ms)) : 1000;
}
