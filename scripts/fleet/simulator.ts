/**
 * Fleet simulator: endpoint agents that heartbeat, crash, boot-loop or go silent, and a relay that
 * batches their events to POST /api/v1/ingest. Deterministic for a given seed, so a scenario (and a
 * bug it exposes) can be replayed.
 */
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** A stream of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough to make fleets reproducible. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts: derives independent seeds (per device, per purpose) from one run seed. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A version-4-shaped UUID drawn from the seeded stream (crypto.randomUUID would break replay). */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(random() * 4)];
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function pickWeighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1][0];
}

function uniform(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

/** Waiting time of a Poisson process: how long until a device that crashes "on average every mean" crashes. */
function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

// ---------------------------------------------------------------------------------------------
// Devices and their events (shapes from the API contract)
// ---------------------------------------------------------------------------------------------

export type OsFamily = "windows" | "macos" | "linux";
/** Component name -> version string, e.g. {agent: "7.11.0", content: "2024.07.18"}. */
export type Versions = Record<string, string>;

export interface DeviceProfile {
  deviceId: string;
  hostname: string;
  os: OsFamily;
  osVersion: string;
  model: string;
  tags: Record<string, string>;
  /** Mutable on purpose: a manifest-following agent (onTick hook) updates what it runs. */
  versions: Versions;
  /** Ring name pinned by the agent's configuration; usually absent (the app hashes the device). */
  ring?: string;
}

interface EventBase {
  deviceId: string;
  ts: string;
  eventId?: string;
}

export interface HeartbeatEvent extends EventBase {
  type: "heartbeat";
  bootId: string;
  intervalSec: number;
  uptimeSec?: number;
  versions: Versions;
  hostname?: string;
  os?: string;
  osVersion?: string;
  model?: string;
  ring?: string;
  tags?: Record<string, string>;
}

export interface CrashEvent extends EventBase {
  type: "crash";
  kind: "kernel" | "agent" | "app";
  bootId?: string;
  code?: string;
  module?: string;
  signature?: string;
  versions?: Versions;
}

export interface BootEvent extends EventBase {
  type: "boot";
  bootId: string;
  previousShutdown: "clean" | "crash" | "unknown";
  bootDurationMs?: number;
  versions?: Versions;
}

export interface UpdateEvent extends EventBase {
  type: "update";
  component: string;
  toVersion: string;
  status: "installed" | "failed" | "rolled_back";
  fromVersion?: string;
}

export type FleetEvent = HeartbeatEvent | CrashEvent | BootEvent | UpdateEvent;

export const DEFAULT_VERSIONS: Readonly<Versions> = { agent: "7.11.0", content: "2024.07.18" };

/** The bugcheck of the July 2024 content-update outage: what a bad sensor update looks like. */
export const DEFAULT_CRASH = { kind: "kernel", code: "0x00000050", module: "csagent.sys", signature: "csagent.sys+0x35e1/a2b7c9d4" } as const;
export type CrashSignature = { kind: CrashEvent["kind"]; code: string; module: string; signature: string };

const SITES: ReadonlyArray<readonly [string, number]> = [["ams", 5], ["nyc", 5], ["sgp", 3], ["fra", 3], ["lon", 3], ["sfo", 2]];
const DEPTS = ["eng", "finance", "sales", "support", "ops", "hr"] as const;
const OS_MIX: ReadonlyArray<readonly [OsFamily, number]> = [["windows", 85], ["macos", 10], ["linux", 5]];
// Windows 10 22H2, Windows 11 23H2, Windows 11 24H2.
const WINDOWS_BUILDS: ReadonlyArray<readonly [string, number]> = [["10.0.19045", 35], ["10.0.22631", 45], ["10.0.26100", 20]];
const MODELS: Record<OsFamily, readonly string[]> = {
  windows: ["Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10", "Dell OptiPlex 7010", "HP EliteDesk 800 G9", "Lenovo ThinkCentre M90q Gen 4"],
  macos: ["MacBook Pro 14 (M3)", "MacBook Air 13 (M2)"],
  linux: ["Dell Precision 3660", "Lenovo ThinkStation P360"],
};
const OS_VERSIONS: Record<Exclude<OsFamily, "windows">, ReadonlyArray<readonly [string, number]>> = {
  macos: [["14.6", 70], ["15.1", 30]],
  linux: [["6.8", 80], ["6.1", 20]],
};

/** `dev-000123`; wider when the fleet needs it. */
export function deviceIdFor(index: number): string {
  return `dev-${String(index).padStart(6, "0")}`;
}

export interface DeviceProfileOptions {
  seed?: number;
  versions?: Versions;
}

/** Device `index` of the fleet; depends only on (seed, index), so growing a fleet keeps its first devices. */
export function makeDeviceProfile(index: number, options: DeviceProfileOptions = {}): DeviceProfile {
  const random = mulberry32(hashSeed(options.seed ?? 1, "profile", index));
  const os = pickWeighted(random, OS_MIX);
  const site = pickWeighted(random, SITES);
  const number = String(index).padStart(6, "0");
  const hostname = os === "windows" ? `${site.toUpperCase()}-${random() < 0.7 ? "LT" : "WS"}-${number}` : `${site}-${os === "macos" ? "mbp" : "lnx"}-${number}`;
  return {
    deviceId: deviceIdFor(index),
    hostname,
    os,
    osVersion: os === "windows" ? pickWeighted(random, WINDOWS_BUILDS) : pickWeighted(random, OS_VERSIONS[os]),
    model: pick(random, MODELS[os]),
    tags: { site, dept: pick(random, DEPTS) },
    versions: { ...(options.versions ?? DEFAULT_VERSIONS) },
  };
}

export interface HeartbeatFacts {
  bootId: string;
  seq: number;
  tsMs: number;
  intervalSec: number;
  uptimeSec: number;
}

/** `${deviceId}:${bootId}:${seq}`: unique per event and stable across re-sends, so retries dedupe. */
export function eventIdFor(deviceId: string, bootId: string, seq: number): string {
  return `${deviceId}:${bootId}:${seq}`;
}

export function heartbeatEvent(device: DeviceProfile, facts: HeartbeatFacts): HeartbeatEvent {
  const event: HeartbeatEvent = {
    type: "heartbeat",
    deviceId: device.deviceId,
    ts: new Date(facts.tsMs).toISOString(),
    eventId: eventIdFor(device.deviceId, facts.bootId, facts.seq),
    bootId: facts.bootId,
    intervalSec: facts.intervalSec,
    uptimeSec: facts.uptimeSec,
    versions: { ...device.versions },
    hostname: device.hostname,
    os: device.os,
    osVersion: device.osVersion,
    model: device.model,
    tags: device.tags,
  };
  if (device.ring) event.ring = device.ring;
  return event;
}

// ---------------------------------------------------------------------------------------------
// Faults
// ---------------------------------------------------------------------------------------------

export type FaultMode =
  | { kind: "healthy" }
  /** Crashes now and then (exponential waiting time), reboots, then runs normally. */
  | { kind: "crashy"; meanSecondsBetweenCrashes: number }
  /** Crashes shortly after every boot: a crash+boot cycle of about `cycleSec` (default 60). */
  | { kind: "bootLoop"; cycleSec?: number }
  /** Stops sending anything `afterSec` from now (default at once): powered off, unplugged, hung. */
  | { kind: "silent"; afterSec?: number };

export interface FaultContext {
  device: DeviceProfile;
  /** Simulated time of this heartbeat tick. */
  now: Date;
  /** Heartbeat ticks of this device so far (0 on its first). */
  tick: number;
  current: FaultMode;
  /** The device's own seeded stream. */
  random: Random;
}

/**
 * Called on every heartbeat tick of every device. Return a mode to switch the device to it (returning
 * the mode it already has is a no-op, so a crash timer is not re-rolled), or undefined to keep it.
 */
export type FaultHook = (context: FaultContext) => FaultMode | undefined;

export const noFaults: FaultHook = () => undefined;

export interface DemoFaultShares {
  /** Share of devices that crash occasionally (default 0.01). */
  crashy: number;
  /** Share of devices stuck in a boot loop (default 0.003). */
  bootLoop: number;
  /** Share of devices that go silent at some point in the first minutes (default 0.01). */
  silent: number;
  meanSecondsBetweenCrashes: number;
}

export const DEFAULT_DEMO_FAULTS: Readonly<DemoFaultShares> = { crashy: 0.01, bootLoop: 0.003, silent: 0.01, meanSecondsBetweenCrashes: 1200 };

/** The demo fleet: each device draws its fate once, on its first tick, from its own seeded stream. */
export function demoFaults(shares: Partial<DemoFaultShares> = {}): FaultHook {
  const s = { ...DEFAULT_DEMO_FAULTS, ...shares };
  return ({ tick, random }) => {
    if (tick !== 0) return undefined;
    const roll = random();
    if (roll < s.bootLoop) return { kind: "bootLoop" };
    if (roll < s.bootLoop + s.crashy) return { kind: "crashy", meanSecondsBetweenCrashes: s.meanSecondsBetweenCrashes };
    // Silent devices are seen first for a while, so the app knows them before they disappear.
    if (roll < s.bootLoop + s.crashy + s.silent) return { kind: "silent", afterSec: Math.round(uniform(random, 30, 300)) };
    return undefined;
  };
}

function sameFault(a: FaultMode, b: FaultMode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------
// Agent hook (manifest following, custom events)
// ---------------------------------------------------------------------------------------------

/** Authenticated GET against the app, for agents that read e.g. /api/v1/manifest?deviceId=. */
export interface FleetApi {
  getJson(pathAndQuery: string): Promise<unknown>;
}

export interface DeviceTickContext {
  /** The device's profile; changing `versions` changes what its next heartbeats report. */
  device: DeviceProfile;
  now: Date;
  tick: number;
  bootId: string;
  api: FleetApi;
  random: Random;
  /** Sends an extra event (e.g. an `update`); eventId/ts are filled in when absent. */
  emit(event: FleetEventDraft): void;
}

/** An event as a hook writes it: ts and eventId optional. */
export type FleetEventDraft = DistributiveOmit<FleetEvent, "ts" | "eventId" | "deviceId"> & { ts?: string; eventId?: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Runs before each heartbeat of a device. When it returns a promise, that heartbeat waits for it
 * (an agent that checks its manifest first), still stamped with the tick's time.
 */
export type DeviceTickHook = (context: DeviceTickContext) => void | Promise<void>;

export function createFleetApi(baseUrl: string, apiKey: string, fetchImpl: typeof fetch = fetch): FleetApi {
  return {
    async getJson(pathAndQuery) {
      const response = await fetchImpl(`${baseUrl}${pathAndQuery}`, {
        headers: { authorization: `Bearer ${apiKey}`, accept: "application/json" },
        signal: AbortSignal.timeout(30_000),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${JSON.stringify(body)}`);
      return body;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Relay: batching, delivery, retries
// ---------------------------------------------------------------------------------------------

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

export interface IngestRejection {
  index: number;
  error: { code: string; message: string };
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

/** FIFO with an advancing head, so taking a batch off a large queue does not shift the whole array. */
class EventQueue {
  private items: FleetEvent[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(event: FleetEvent): void {
    this.items.push(event);
  }

  take(count: number): FleetEvent[] {
    const batch = this.items.slice(this.head, this.head + count);
    this.head += batch.length;
    if (this.head > 65_536 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return batch;
  }
}

type Attempt =
  | { kind: "answered"; accepted: number; duplicates: number; rejected: number }
  | { kind: "retry"; delayMs?: number; status?: number; message: string }
  | { kind: "too_large" }
  | { kind: "refused"; status: number; message: string };

/** Collects events from many devices and ships them like a site relay would. */
export class IngestRelay {
  readonly options: RelayOptions;
  private readonly queue = new EventQueue();
  private readonly counters: RelayStats = { queued: 0, inFlight: 0, sent: 0, accepted: 0, duplicates: 0, rejected: 0, dropped: 0, unsent: 0, retries: 0, throttled: 0, requests: 0 };
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
    const text = await response.text();
    if (response.status === 202) return parseIngestAnswer(text, events);
    if (response.status === 429) {
      this.counters.throttled += 1;
      const delayMs = retryAfterMs(response.headers.get("retry-after"));
      this.throttledUntil = Math.max(this.throttledUntil, Date.now() + delayMs);
      return { kind: "retry", delayMs, status: 429, message: "HTTP 429 too many requests" };
    }
    if (response.status === 413) return { kind: "too_large" };
    if (response.status >= 500 || response.status === 408) return { kind: "retry", status: response.status, message: `HTTP ${response.status}: ${text.slice(0, 300)}` };
    return { kind: "refused", status: response.status, message: text.slice(0, 300) };
  }
}

/** Reads the 202 body; an unreadable one still counts every event, as accepted, and says so. */
function parseIngestAnswer(text: string, events: number): Attempt {
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

/** True when `work` settles within `ms`; the timer is cleared so it never holds the process open. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const, () => true as const), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// ---------------------------------------------------------------------------------------------
// Simulated agents
// ---------------------------------------------------------------------------------------------

type Power = "up" | "down" | "silent";

/** What one agent is doing; times are simulated epoch milliseconds. */
interface AgentState {
  index: number;
  profile: DeviceProfile;
  random: Random;
  power: Power;
  bootId: string;
  bootedAtMs: number;
  seq: number;
  tick: number;
  fault: FaultMode;
  nextHeartbeatAt: number;
  crashAt: number;
  /** Time of the agent's live schedule entry; older heap entries for it are stale and skipped. */
  scheduledAt: number;
  bootAt: number;
  silentAt: number;
}

/** Binary min-heap of (time, agent): the next agent that has something to do. */
class AgentSchedule {
  private readonly heap: Array<{ at: number; agent: AgentState }> = [];

  get size(): number {
    return this.heap.length;
  }

  push(at: number, agent: AgentState): void {
    this.heap.push({ at, agent });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent].at <= this.heap[i].at) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }

  peekTime(): number {
    return this.heap.length > 0 ? this.heap[0].at : Infinity;
  }

  pop(): { at: number; agent: AgentState } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0 && last) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.heap[left].at < this.heap[smallest].at) smallest = left;
      if (right < this.heap.length && this.heap[right].at < this.heap[smallest].at) smallest = right;
      if (smallest === i) return;
      [this.heap[smallest], this.heap[i]] = [this.heap[i], this.heap[smallest]];
      i = smallest;
    }
  }
}

export interface FleetSimulatorOptions {
  devices: number;
  baseUrl: string;
  apiKey: string;
  /** Heartbeat period in seconds (default 10). */
  intervalSec?: number;
  /** Run seed (default 1): same seed, same fleet, same faults, same event ids. */
  seed?: number;
  /**
   * Simulated seconds per real second (default 1). The simulated clock starts at `startAt` and never
   * runs ahead of the wall clock (the app rejects events from the future), so speedup > 1 only makes
   * sense with a `startAt` in the past: the fleet replays that span quickly, then goes on in real time.
   */
  speedup?: number;
  startAt?: Date;
  /** Versions every device starts with (default DEFAULT_VERSIONS). */
  versions?: Versions;
  /** Default demoFaults(); pass noFaults for an all-healthy fleet. */
  faults?: FaultHook;
  onTick?: DeviceTickHook;
  /** Adjust each generated profile (pin a ring, give a group other versions...). */
  customizeDevice?: (profile: DeviceProfile) => DeviceProfile;
  crash?: Partial<CrashSignature>;
  relay?: Partial<Omit<RelayOptions, "baseUrl" | "apiKey">>;
  /** Scheduler resolution in real milliseconds (default 200). */
  tickMs?: number;
}

export interface FleetCounts {
  up: number;
  down: number;
  silent: number;
  byFault: Record<FaultMode["kind"], number>;
}

export interface FleetStats extends RelayStats {
  /** Events produced by the devices. Equals queued + inFlight + sent + dropped + unsent. */
  generated: number;
  heartbeats: number;
  crashes: number;
  boots: number;
  /** Simulated time the fleet has reached. */
  simulatedTime: string;
  hookErrors: number;
}

/**
 * N agents plus one relay. Drive it in real time with start()/stop(), or step it yourself with
 * advanceTo()/flush() (tests) without ever calling start().
 */
export class FleetSimulator {
  readonly relay: IngestRelay;
  readonly api: FleetApi;
  readonly intervalMs: number;
  private readonly options: FleetSimulatorOptions;
  private readonly agents: AgentState[];
  private readonly byId = new Map<string, AgentState>();
  private readonly schedule = new AgentSchedule();
  private readonly crash: CrashSignature;
  private readonly faults: FaultHook;
  private readonly pendingHooks = new Set<Promise<void>>();
  private readonly speedup: number;
  private readonly simulatedStart: number;
  private realStart = Date.now();
  private simulatedNow: number;
  private timer: NodeJS.Timeout | undefined;
  private stopping: Promise<FleetStats> | undefined;
  private readonly counts = { generated: 0, heartbeats: 0, crashes: 0, boots: 0, hookErrors: 0 };

  constructor(options: FleetSimulatorOptions) {
    this.options = options;
    this.intervalMs = (options.intervalSec ?? 10) * 1000;
    this.speedup = options.speedup ?? 1;
    this.simulatedStart = options.startAt?.getTime() ?? Date.now();
    this.simulatedNow = this.simulatedStart;
    this.crash = { ...DEFAULT_CRASH, ...options.crash };
    this.faults = options.faults ?? demoFaults();
    const seed = options.seed ?? 1;
    this.relay = new IngestRelay({ ...options.relay, baseUrl: options.baseUrl, apiKey: options.apiKey }, seed);
    this.api = createFleetApi(options.baseUrl, options.apiKey, this.relay.options.fetchImpl);
    this.agents = Array.from({ length: options.devices }, (_, index) => this.createAgent(index, seed));
    for (const agent of this.agents) {
      this.byId.set(agent.profile.deviceId, agent);
      this.reschedule(agent);
    }
  }

  /** Device profiles in index order (live objects: versions change as hooks apply updates). */
  get devices(): readonly DeviceProfile[] {
    return this.agents.map((agent) => agent.profile);
  }

  private createAgent(index: number, seed: number): AgentState {
    const base = makeDeviceProfile(index, { seed, versions: this.options.versions });
    const profile = this.options.customizeDevice ? this.options.customizeDevice(base) : base;
    const random = mulberry32(hashSeed(seed, "agent", profile.deviceId));
    // Already running when the simulation starts: up for an hour to two weeks.
    const uptimeMs = uniform(random, 3_600_000, 14 * 86_400_000);
    return {
      index,
      profile,
      random,
      power: "up",
      bootId: seededUuid(random),
      bootedAtMs: this.simulatedStart - uptimeMs,
      seq: 0,
      tick: 0,
      fault: { kind: "healthy" },
      // Staggered across one interval so the fleet does not heartbeat in lockstep.
      nextHeartbeatAt: this.simulatedStart + random() * this.intervalMs,
      crashAt: Infinity,
      bootAt: Infinity,
      silentAt: Infinity,
      scheduledAt: Infinity,
    };
  }

  /** Starts the real-time loop. */
  start(): void {
    if (this.timer) return;
    this.realStart = Date.now();
    this.relay.start();
    this.timer = setInterval(() => this.advanceTo(this.clockNow()), this.options.tickMs ?? 200);
  }

  /** Simulated now: startAt + elapsed x speedup, never past the wall clock. */
  clockNow(): number {
    const simulated = this.simulatedStart + (Date.now() - this.realStart) * this.speedup;
    return Math.min(simulated, Math.max(Date.now(), this.simulatedStart));
  }

  /** Simulated time reached so far. */
  now(): Date {
    return new Date(this.simulatedNow);
  }

  /** Lets every agent act up to simulated time `untilMs`. */
  advanceTo(untilMs: number): void {
    while (this.schedule.peekTime() <= untilMs) {
      const next = this.schedule.pop();
      if (!next) break;
      if (next.at !== next.agent.scheduledAt) continue;
      this.act(next.agent, next.at);
      this.reschedule(next.agent);
    }
    this.simulatedNow = Math.max(this.simulatedNow, untilMs);
    this.relay.pump();
  }

  /** Waits for pending agent hooks, then sends everything queued. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pendingHooks]);
    await this.relay.flush();
  }

  /**
   * Stops generating; sends what is queued (unless flush is false) and resolves once in-flight
   * requests have finished, or after `timeoutMs` with the remainder counted as `unsent`.
   */
  stop(options: { flush?: boolean; timeoutMs?: number } = {}): Promise<FleetStats> {
    this.stopping ??= this.shutDown(options.flush ?? true, options.timeoutMs ?? 15_000);
    return this.stopping;
  }

  private async shutDown(flush: boolean, timeoutMs: number): Promise<FleetStats> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await settlesWithin(Promise.allSettled([...this.pendingHooks]), timeoutMs);
    await this.relay.close({ flush, timeoutMs });
    return this.stats();
  }

  /** Switches a device's behaviour now (a silent device comes back when set to anything else). */
  setFault(deviceId: string, mode: FaultMode): void {
    const agent = this.byId.get(deviceId);
    if (!agent) throw new Error(`unknown device ${deviceId}`);
    this.applyFault(agent, mode, this.simulatedNow);
    if (agent.power === "silent" && mode.kind !== "silent") {
      agent.power = "up";
      agent.nextHeartbeatAt = this.simulatedNow + agent.random() * this.intervalMs;
    }
    // The new timers may be earlier than the agent's pending action.
    this.reschedule(agent);
  }

  /** Power state of one device, for scenario assertions. */
  deviceState(deviceId: string): { power: Power; bootId: string; fault: FaultMode } | undefined {
    const agent = this.byId.get(deviceId);
    return agent && { power: agent.power, bootId: agent.bootId, fault: agent.fault };
  }

  fleetCounts(): FleetCounts {
    const counts: FleetCounts = { up: 0, down: 0, silent: 0, byFault: { healthy: 0, crashy: 0, bootLoop: 0, silent: 0 } };
    for (const agent of this.agents) {
      counts[agent.power] += 1;
      counts.byFault[agent.fault.kind] += 1;
    }
    return counts;
  }

  stats(): FleetStats {
    return { ...this.relay.stats(), ...this.counts, simulatedTime: new Date(this.simulatedNow).toISOString() };
  }

  /** The agent's single next action: the earliest of its timers for its power state. */
  private reschedule(agent: AgentState): void {
    const at = agent.power === "silent" ? Infinity : agent.power === "down" ? agent.bootAt : Math.min(agent.nextHeartbeatAt, agent.crashAt, agent.silentAt);
    agent.scheduledAt = at;
    if (Number.isFinite(at)) this.schedule.push(at, agent);
  }

  private act(agent: AgentState, at: number): void {
    if (agent.power === "down") {
      if (at >= agent.bootAt) this.boot(agent, at);
      return;
    }
    if (at >= agent.silentAt) agent.power = "silent";
    else if (at >= agent.crashAt) this.crashDevice(agent, at);
    else if (at >= agent.nextHeartbeatAt) this.heartbeatTick(agent, at);
  }

  private heartbeatTick(agent: AgentState, at: number): void {
    agent.nextHeartbeatAt = at + this.intervalMs;
    const mode = this.faults({ device: agent.profile, now: new Date(at), tick: agent.tick, current: agent.fault, random: agent.random });
    if (mode) this.applyFault(agent, mode, at);
    agent.tick += 1;
    if (at >= agent.silentAt) {
      agent.power = "silent";
      return;
    }
    this.runTickHook(agent, at);
  }

  /** Heartbeat right away, or once the agent's async hook (e.g. a manifest check) has finished. */
  private runTickHook(agent: AgentState, at: number): void {
    const bootId = agent.bootId;
    const result = this.options.onTick?.(this.tickContext(agent, at));
    if (!(result instanceof Promise)) return this.emitHeartbeat(agent, at, bootId);
    const pending = result
      .catch(() => void (this.counts.hookErrors += 1))
      .then(() => this.emitHeartbeat(agent, at, bootId));
    this.pendingHooks.add(pending);
    void pending.finally(() => this.pendingHooks.delete(pending));
  }

  private tickContext(agent: AgentState, at: number): DeviceTickContext {
    return {
      device: agent.profile,
      now: new Date(at),
      tick: agent.tick - 1,
      bootId: agent.bootId,
      api: this.api,
      random: agent.random,
      emit: (draft) => this.emit({ ...draft, deviceId: agent.profile.deviceId, ts: draft.ts ?? new Date(at).toISOString(), eventId: draft.eventId ?? this.nextEventId(agent) } as FleetEvent),
    };
  }

  private emitHeartbeat(agent: AgentState, at: number, bootId: string): void {
    // A hook that resolves after the device crashed must not report the new boot's uptime.
    if (bootId !== agent.bootId) return;
    const uptimeSec = Math.max(0, Math.floor((at - agent.bootedAtMs) / 1000));
    const event = heartbeatEvent(agent.profile, { bootId, seq: agent.seq++, tsMs: at, intervalSec: this.intervalMs / 1000, uptimeSec });
    this.counts.heartbeats += 1;
    this.emit(event);
  }

  private crashDevice(agent: AgentState, at: number): void {
    this.counts.crashes += 1;
    this.emit({
      type: "crash",
      deviceId: agent.profile.deviceId,
      ts: new Date(at).toISOString(),
      eventId: this.nextEventId(agent),
      bootId: agent.bootId,
      ...this.crash,
      versions: { ...agent.profile.versions },
    });
    agent.power = "down";
    agent.crashAt = Infinity;
    // Boot loops recover fast (and crash again); ordinary crashes take a dump and a slow reboot.
    agent.bootAt = at + (agent.fault.kind === "bootLoop" ? uniform(agent.random, 15_000, 25_000) : uniform(agent.random, 40_000, 120_000));
  }

  private boot(agent: AgentState, at: number): void {
    const bootDurationMs = Math.round(uniform(agent.random, 12_000, 30_000));
    agent.power = "up";
    agent.bootId = seededUuid(agent.random);
    agent.bootedAtMs = at;
    agent.seq = 0;
    agent.bootAt = Infinity;
    this.counts.boots += 1;
    this.emit({
      type: "boot",
      deviceId: agent.profile.deviceId,
      ts: new Date(at).toISOString(),
      eventId: this.nextEventId(agent),
      bootId: agent.bootId,
      previousShutdown: "crash",
      bootDurationMs,
      versions: { ...agent.profile.versions },
    });
    // The agent service comes up a few seconds after the boot is logged.
    agent.nextHeartbeatAt = at + Math.min(this.intervalMs, 3_000);
    this.scheduleCrash(agent, at);
  }

  private applyFault(agent: AgentState, mode: FaultMode, at: number): void {
    if (sameFault(agent.fault, mode)) return;
    agent.fault = mode;
    agent.silentAt = mode.kind === "silent" ? at + (mode.afterSec ?? 0) * 1000 : Infinity;
    if (agent.power === "up") this.scheduleCrash(agent, at);
  }

  private scheduleCrash(agent: AgentState, at: number): void {
    const mode = agent.fault;
    if (mode.kind === "crashy") agent.crashAt = at + exponential(agent.random, mode.meanSecondsBetweenCrashes * 1000);
    // Crash after a short uptime so that uptime + reboot makes one cycle.
    else if (mode.kind === "bootLoop") agent.crashAt = at + Math.max(5_000, (mode.cycleSec ?? 60) * 1000 - 20_000) * uniform(agent.random, 0.75, 1.25);
    else agent.crashAt = Infinity;
  }

  private nextEventId(agent: AgentState): string {
    return eventIdFor(agent.profile.deviceId, agent.bootId, agent.seq++);
  }

  private emit(event: FleetEvent): void {
    this.counts.generated += 1;
    this.relay.enqueue(event);
  }
}
