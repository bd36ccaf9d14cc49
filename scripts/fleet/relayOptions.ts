/** What a relay is configured with, what it tells its caller about failures, and what it counts. */
export interface RelayOptions {
  baseUrl: string;
  apiKey: string;
  /** Events per request (contract maximum 5,000). Default 1,000. */
  batchSize: number;
  /** Requests in flight at once. Default 4. */
  concurrency: number;
  /** A partial batch is sent once its oldest event has waited this long. Default 1,000 ms. */
  maxBatchDelayMs: number;
  /** Queue cap; beyond it the oldest events are dropped and counted in `dropped`. Default 500,000. */
  maxQueuedEvents: number;
  gzip: boolean;
  requestTimeoutMs: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  fetchImpl: typeof fetch;
  /** Told about every failed attempt and every final refusal, so callers can log them. */
  onError?: (problem: RelayProblem) => void;
}

export interface RelayProblem {
  /** `retry`: will be re-sent; `refused`: the server refused the batch for good; `gave_up`: stop() timed out. */
  outcome: "retry" | "refused" | "gave_up";
  status?: number;
  message: string;
  events: number;
}

export interface RelayStats {
  /** Waiting in the relay's queue. */
  queued: number;
  /** In requests under way or waiting for a retry. */
  inFlight: number;
  /** Events the server gave a final answer for (202 or a non-retryable 4xx). */
  sent: number;
  accepted: number;
  duplicates: number;
  /** Rejected one by one in a 202, or in a whole batch refused with a non-retryable 4xx. */
  rejected: number;
  /** Dropped from a full queue (oldest first). */
  dropped: number;
  /** Still undelivered when stop() gave up waiting. */
  unsent: number;
  /** Request attempts after the first, per batch. */
  retries: number;
  /** 429 answers. */
  throttled: number;
  requests: number;
  lastError?: string;
}

export const DEFAULT_RELAY_OPTIONS = {
  batchSize: 1000,
  concurrency: 4,
  maxBatchDelayMs: 1000,
  maxQueuedEvents: 500_000,
  gzip: false,
  requestTimeoutMs: 30_000,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 30_000,
} as const;
