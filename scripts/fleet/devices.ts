/** Simulated devices and the events they send (shapes from the API contract). */
import { hashSeed, mulberry32, pick, pickWeighted, type Random } from "./random";

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
  /**
   * Per component, versions rolled back after they failed to boot (by the agent or a technician):
   * the agent never installs them again, whatever the manifest offers.
   */
  failedVersions?: Record<string, string[]>;
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
  /** Why the agent changed version by itself, e.g. `boot_failure` with `rolled_back`. */
  reason?: string;
}

export type FleetEvent = HeartbeatEvent | CrashEvent | BootEvent | UpdateEvent;

export const DEFAULT_VERSIONS: Readonly<Versions> = { agent: "7.11.0", content: "2024.07.18" };

/** The bugcheck of the July 2024 content-update outage: what a bad sensor update looks like. */
export const DEFAULT_CRASH = { kind: "kernel", code: "0x00000050", module: "csagent.sys", signature: "csagent.sys+0x35e1/a2b7c9d4" } as const;
export type CrashSignature = { kind: CrashEvent["kind"]; code: string; module: string; signature: string };

const SITES: ReadonlyArray<readonly [string, number]> = [
  ["ams", 5],
  ["nyc", 5],
  ["sgp", 3],
  ["fra", 3],
  ["lon", 3],
  ["sfo", 2],
];
const DEPTS = ["eng", "finance", "sales", "support", "ops", "hr"] as const;
const OS_MIX: ReadonlyArray<readonly [OsFamily, number]> = [
  ["windows", 85],
  ["macos", 10],
  ["linux", 5],
];
// Windows 10 22H2, Windows 11 23H2, Windows 11 24H2.
const WINDOWS_BUILDS: ReadonlyArray<readonly [string, number]> = [
  ["10.0.19045", 35],
  ["10.0.22631", 45],
  ["10.0.26100", 20],
];
const MODELS: Record<OsFamily, readonly string[]> = {
  windows: [
    "Dell Latitude 7440",
    "Lenovo ThinkPad T14 Gen 4",
    "HP EliteBook 840 G10",
    "Dell OptiPlex 7010",
    "HP EliteDesk 800 G9",
    "Lenovo ThinkCentre M90q Gen 4",
  ],
  macos: ["MacBook Pro 14 (M3)", "MacBook Air 13 (M2)"],
  linux: ["Dell Precision 3660", "Lenovo ThinkStation P360"],
};
const OS_VERSIONS: Record<Exclude<OsFamily, "windows">, ReadonlyArray<readonly [string, number]>> = {
  macos: [
    ["14.6", 70],
    ["15.1", 30],
  ],
  linux: [
    ["6.8", 80],
    ["6.1", 20],
  ],
};

export const DEFAULT_DEVICE_ID_PREFIX = "dev-";

/** `dev-000123`; wider when the fleet needs it. */
export function deviceIdFor(index: number, prefix = DEFAULT_DEVICE_ID_PREFIX): string {
  return `${prefix}${String(index).padStart(6, "0")}`;
}

export interface DeviceProfileOptions {
  seed?: number;
  versions?: Versions;
  /** Device ids are `${idPrefix}000123` (default `dev-`), so fleets sharing one app don't collide. */
  idPrefix?: string;
}

/** Device `index` of the fleet; depends only on (seed, index), so growing a fleet keeps its first devices. */
export function makeDeviceProfile(index: number, options: DeviceProfileOptions = {}): DeviceProfile {
  const random = mulberry32(hashSeed(options.seed ?? 1, "profile", index));
  const os = pickWeighted(random, OS_MIX);
  const site = pickWeighted(random, SITES);
  const number = String(index).padStart(6, "0");
  const hostname = os === "windows" ? `${site.toUpperCase()}-${random() < 0.7 ? "LT" : "WS"}-${number}` : `${site}-${os === "macos" ? "mbp" : "lnx"}-${number}`;
  return {
    deviceId: deviceIdFor(index, options.idPrefix),
    hostname,
    os,
    osVersion: os === "windows" ? pickWeighted(random, WINDOWS_BUILDS) : pickWeighted(random, OS_VERSIONS[os]),
    model: pick(random, MODELS[os]),
    tags: { site, dept: pick(random, DEPTS) },
    versions: { ...(options.versions ?? DEFAULT_VERSIONS) },
  };
}

/** The same device on another OS family: OS build and model re-drawn from that family's mix. */
export function withOs(profile: DeviceProfile, os: OsFamily, random: Random): DeviceProfile {
  if (profile.os === os) return profile;
  const osVersion = os === "windows" ? pickWeighted(random, WINDOWS_BUILDS) : pickWeighted(random, OS_VERSIONS[os]);
  return { ...profile, os, osVersion, model: pick(random, MODELS[os]) };
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

/** Marks a version as failed on the device (it will not be installed again) and puts it back on `version`. */
export function revertComponent(profile: DeviceProfile, component: string, version: string): string | undefined {
  const failed = profile.versions[component];
  if (failed !== undefined && failed !== version) {
    const known = profile.failedVersions?.[component] ?? [];
    profile.failedVersions = { ...profile.failedVersions, [component]: known.includes(failed) ? known : [...known, failed] };
  }
  profile.versions = { ...profile.versions, [component]: version };
  return failed;
}

export function refusesVersion(profile: DeviceProfile, component: string, version: string): boolean {
  return profile.failedVersions?.[component]?.includes(version) ?? false;
}
