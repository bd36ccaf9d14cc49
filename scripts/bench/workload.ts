/** The generated workload: the same heartbeat events, in the same batches, for the app and the baseline. */
import { gzipSync } from "node:zlib";
import { heartbeatEvent, makeDeviceProfile, type DeviceProfile, type HeartbeatEvent } from "../fleet/devices";
import { hashSeed, mulberry32, seededUuid } from "../fleet/random";
import type { BenchConfig } from "./config";

const BENCH_SEED = 20240719;

/** Events 0..warmupEvents-1 warm the server up; the rest are measured (and copied by the baseline). */
export interface BenchPlan {
  warmupEvents: number;
  events: number;
  total: number;
  devices: number;
  batch: number;
  endMs: number;
  intervalSec: number;
  profiles: DeviceProfile[];
  bootIds: string[];
  bootedAtMs: number[];
}

export function makePlan(events: number, config: BenchConfig): BenchPlan {
  const warmupEvents = config.warmupBatches * config.batch;
  const total = events + warmupEvents;
  const devices = Math.min(config.devices, total);
  // Events are 1 ms apart, so every ts is distinct (the (type, deviceId, ts) key too); a million of
  // them span ~17 minutes, ending just before now: never in the future, far inside the 7-day window.
  const endMs = Date.now() - 1_000;
  const profiles = Array.from({ length: devices }, (_, index) => makeDeviceProfile(index, { seed: BENCH_SEED }));
  const bootIds = profiles.map((profile) => seededUuid(mulberry32(hashSeed(BENCH_SEED, "boot", profile.deviceId))));
  const bootedAtMs = profiles.map((_, index) => endMs - total - 3_600_000 - (index % 1_000) * 60_000);
  // A device's consecutive events are `devices` ms apart: report that as its heartbeat period.
  const intervalSec = Math.min(3600, Math.max(1, Math.round(devices / 1000)));
  return { warmupEvents, events, total, devices, batch: config.batch, endMs, intervalSec, profiles, bootIds, bootedAtMs };
}

/** Event i of the plan: a pure function, so the app run and the baseline see the very same rows. */
export function benchEvent(plan: BenchPlan, i: number): HeartbeatEvent {
  const device = i % plan.devices;
  const tsMs = plan.endMs - (plan.total - 1 - i);
  return heartbeatEvent(plan.profiles[device], {
    bootId: plan.bootIds[device],
    seq: Math.floor(i / plan.devices),
    tsMs,
    intervalSec: plan.intervalSec,
    uptimeSec: Math.floor((tsMs - plan.bootedAtMs[device]) / 1000),
  });
}

/** [start, end) event ranges of one batch each, over [from, to). */
export function batchRanges(from: number, to: number, batch: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let start = from; start < to; start += batch) ranges.push([start, Math.min(to, start + batch)]);
  return ranges;
}

export interface PreparedBatch {
  body: Uint8Array<ArrayBuffer>;
  events: number;
}

/** Request bodies built before the clock starts, so client-side JSON is not billed to the server. */
export function prepareBatches(plan: BenchPlan, from: number, to: number, gzip: boolean): PreparedBatch[] {
  return batchRanges(from, to, plan.batch).map(([start, end]) => {
    const events = Array.from({ length: end - start }, (_, k) => benchEvent(plan, start + k));
    const json = Buffer.from(JSON.stringify({ events }));
    return { body: new Uint8Array(gzip ? gzipSync(json) : json), events: end - start };
  });
}
