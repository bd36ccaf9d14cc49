/** Relay: batching, delivery, retries. */
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { FleetEvent } from "./devices";
import { EventQueue } from "./eventQueue";
import { classifyAnswer, type Attempt } from "./ingestAnswer";
import { hashSeed, mulberry32, type Random } from "./random";
import { DEFAULT_RELAY_OPTIONS, type RelayOptions, type RelayStats } from "./relayOptions";
import { settlesWithin, sleep } from "./timing";

const gzip = promisify(gzipCallback);

export class IngestRelay {
  readonly options: RelayOptions;
  private readonly queue = new EventQueue();
  private readonly counters: RelayStats = {
    queued: 0,
    inFlight: 0,
    sent: 0,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    dropped: 0,
    unsent: 0,
    retries: 0,
    throttled: 0,
    requests: 0,
  };
  private readonly deliveries = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private readonly jitter: Random;
  private activeRequests = 0;
  private oldestQueuedAt = 0;
  private throttledUntil = 0;
  private draining = false;
  private closing = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: Partial<RelayOptions> & Pick<RelayOptions, "baseUrl" | "apiKey">, seed = 1) {
    this.options = { ...DEFAULT_RELAY_OPTIONS, fetchImpl: fetch, ...options };
    if (this.options.batchSize < 1 || this.options.batchSize > 5000) throw new Error("batchSize must be 1-5000 (contract limit)");
    this.jitter = mulberry32(hashSeed(seed, "relay-jitter"));
  }

  /** Pumps on a timer so partial batches and throttled retries go out without new events arriving. */
  start(): void {
    this.timer ??= setInterval(() => this.pump(), 100);
  }

  enqueue(event: FleetEvent): void {
    if (this.closed) {
      // A late hook after close(): count it rather than queue it where nothing will send it.
      this.counters.unsent += 1;
      return;
    }
    if (this.queue.size === 0) this.oldestQueuedAt = Date.now();
    this.queue.push(event);
    if (this.queue.size > this.options.maxQueuedEvents) this.dropOldest(this.queue.size - this.options.maxQueuedEvents);
    if (this.queue.size >= this.options.batchSize) this.pump();
  }

  stats(): RelayStats {
    return { ...this.counters, queued: this.queue.size };
  }

  /** Sends everything queued now and resolves when nothing is queued or in flight. */
  async flush(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.size > 0 || this.deliveries.size > 0) {
        this.pump();
        await Promise.race([...this.deliveries, sleep(50)]);
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Stops the timer; with `flush` sends what is queued first. After `timeoutMs` in-flight requests are
   * aborted and whatever is left is counted as `unsent` (never lost without a trace).
   */
  async close({ flush = true, timeoutMs = 15_000 } = {}): Promise<RelayStats> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.closing = true;
    const done = flush ? this.flush() : Promise.all(this.deliveries);
    if (!(await settlesWithin(done, timeoutMs))) this.abort.abort(new Error("relay closed"));
    await Promise.allSettled([...this.deliveries]);
    this.giveUpQueued();
    this.closed = true;
    return this.stats();
  }

  private giveUpQueued(): void {
    const left = this.queue.take(this.queue.size).length;
    if (left === 0) return;
    this.counters.unsent += left;
    this.options.onError?.({ outcome: "gave_up", message: "relay closed with events still queued", events: left });
  }

  private dropOldest(count: number): void {
    this.queue.take(count);
    this.counters.dropped += count;
    this.counters.lastError = `queue full (${this.options.maxQueuedEvents}): dropped ${count} oldest events`;
  }

  /** Starts as many batches as the concurrency, throttling and batching rules allow. */
  pump(): void {
    if (this.closing && !this.draining) return;
    const now = Date.now();
    while (this.activeRequests < this.options.concurrency && this.queue.size > 0 && now >= this.throttledUntil && this.batchIsDue(now)) {
      const batch = this.queue.take(this.options.batchSize);
      this.oldestQueuedAt = now;
      this.track(this.deliver(batch));
    }
  }

  private batchIsDue(now: number): boolean {
    return this.draining || this.queue.size >= this.options.batchSize || now - this.oldestQueuedAt >= this.options.maxBatchDelayMs;
  }

  private track(delivery: Promise<void>): void {
    this.deliveries.add(delivery);
    void delivery.finally(() => {
      this.deliveries.delete(delivery);
      this.pump();
    });
  }

  /** One batch until it has a final answer: retries transient failures, halves batches that are too large. */
  private async deliver(batch: FleetEvent[]): Promise<void> {
    this.activeRequests += 1;
    this.counters.inFlight += batch.length;
    try {
      await this.deliverWithRetries(batch);
    } finally {
      this.counters.inFlight -= batch.length;
      this.activeRequests -= 1;
    }
  }

  private async deliverWithRetries(batch: FleetEvent[]): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      if (this.abort.signal.aborted) return this.gaveUp(batch);
      if (attempt > 0) this.counters.retries += 1;
      const result = await this.post(batch);
      if (result.kind === "answered") return this.recordAnswer(batch.length, result);
      if (result.kind === "refused") return this.recordRefusal(batch.length, result.status, result.message);
      if (result.kind === "too_large") return this.splitAndDeliver(batch);
      this.counters.lastError = result.message;
      this.options.onError?.({ outcome: "retry", status: result.status, message: result.message, events: batch.length });
      await sleep(result.delayMs ?? this.backoffMs(attempt), this.abort.signal).catch(() => undefined);
    }
  }

  private async splitAndDeliver(batch: FleetEvent[]): Promise<void> {
    if (batch.length === 1) return this.recordRefusal(1, 413, "a single event is larger than the body limit");
    const half = Math.ceil(batch.length / 2);
    await this.deliverWithRetries(batch.slice(0, half));
    await this.deliverWithRetries(batch.slice(half));
  }

  private gaveUp(batch: FleetEvent[]): void {
    this.counters.unsent += batch.length;
    this.options.onError?.({ outcome: "gave_up", message: "relay closed before delivery", events: batch.length });
  }

  private recordAnswer(events: number, answer: { accepted: number; duplicates: number; rejected: number }): void {
    this.counters.sent += events;
    this.counters.accepted += answer.accepted;
    this.counters.duplicates += answer.duplicates;
    this.counters.rejected += answer.rejected;
  }

  private recordRefusal(events: number, status: number, message: string): void {
    this.counters.sent += events;
    this.counters.rejected += events;
    this.counters.lastError = `HTTP ${status}: ${message}`;
    this.options.onError?.({ outcome: "refused", status, message, events });
  }

  /** Exponential backoff with jitter, so many relays recovering together do not stampede. */
  private backoffMs(attempt: number): number {
    const ceiling = Math.min(this.options.retryMaxDelayMs, this.options.retryBaseDelayMs * 2 ** attempt);
    return ceiling * (0.5 + this.jitter() * 0.5);
  }

  private async post(batch: FleetEvent[]): Promise<Attempt> {
    this.counters.requests += 1;
    try {
      const response = await this.options.fetchImpl(`${this.options.baseUrl}/api/v1/ingest`, {
        method: "POST",
        headers: this.headers(),
        body: await this.body(batch),
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.requestTimeoutMs)]),
      });
      return await this.interpret(response, batch.length);
    } catch (error) {
      return { kind: "retry", message: `network: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.apiKey}`, "content-type": "application/json" };
    if (this.options.gzip) headers["content-encoding"] = "gzip";
    return headers;
  }

  private async body(batch: FleetEvent[]): Promise<string | Uint8Array<ArrayBuffer>> {
    const json = JSON.stringify({ events: batch });
    return this.options.gzip ? new Uint8Array(await gzip(json)) : json;
  }

  private async interpret(response: Response, events: number): Promise<Attempt> {
    const attempt = classifyAnswer(response.status, await response.text(), response.headers.get("retry-after"), events);
    if (attempt.kind === "retry" && attempt.status === 429) {
      this.counters.throttled += 1;
      // Holds back every new batch, not only this one, until the Retry-After has passed.
      this.throttledUntil = Math.max(this.throttledUntil, Date.now() + (attempt.delayMs ?? 0));
    }
    return attempt;
  }
}
