import type { Random } from "../stats/random";
import type { SliceInput } from "./detect";
import { toProfiles, type Attributes } from "./profiles";
import type { DeviceSignals } from "./signals";

/**
 * A seeded, pure stand-in for a canary bake, for tests of the detector over many ticks: every
 * device gets attributes and the times its signals start; each tick turns what has happened so
 * far into the exposed and baseline profiles the detector sees. No DB, no clock.
 */

/** The detector simulations draw from the same seeded generator as the fleet simulator. */
export { mulberry32 as seededRandom, type Random } from "../stats/random";

const pick = <T>(random: Random, weighted: readonly (readonly [T, number])[]): T => {
  let roll = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
};
/** Time to the first event of a Poisson process with the given mean gap. */
export const exponential = (random: Random, meanSec: number) => -Math.log(1 - random()) * meanSec;

const OS_BUILDS = { windows: ["10.0.19045", "10.0.22631", "10.0.26100"], macos: ["14.6", "15.1"], linux: ["6.8", "6.1"] } as const;
const MODELS = ["EliteBook 840", "Latitude 7440", "ThinkPad X1", "OptiPlex 7010", "MacBook Pro"];
const SITES = ["ams", "fra", "lon", "nyc"];

/** A device like the simulated fleet's: OS, build, model and site drawn independently. */
export function fleetDevice(random: Random, windowsShare: number): Attributes {
  const rest = 1 - windowsShare;
  const os = pick(random, [
    ["windows", windowsShare],
    ["macos", rest * 0.7],
    ["linux", rest * 0.3],
  ] as const);
  const builds = OS_BUILDS[os];
  return {
    os,
    osVersion: builds[Math.floor(random() * builds.length)],
    model: MODELS[Math.floor(random() * MODELS.length)],
    "tags.site": SITES[Math.floor(random() * SITES.length)],
  };
}

/** Seconds after the window start at which each signal begins (Infinity: never). */
export type SignalOnsets = Record<keyof DeviceSignals, number>;
export interface SimulatedDevice {
  attributes: Attributes;
  exposed: boolean;
  onsets: SignalOnsets;
}

export const NEVER: SignalOnsets = { crashed: Infinity, bootLooping: Infinity, silent: Infinity };

/** The slice the detector sees `elapsedSec` into the window. */
export function sliceAt(devices: readonly SimulatedDevice[], windowStart: Date, elapsedSec: number): SliceInput {
  const seen = (d: SimulatedDevice) => ({
    attributes: d.attributes,
    signals: { crashed: d.onsets.crashed <= elapsedSec, bootLooping: d.onsets.bootLooping <= elapsedSec, silent: d.onsets.silent <= elapsedSec },
  });
  return {
    deploymentId: "sim",
    component: "agent",
    version: "2.0",
    ring: "canary",
    windowStart,
    basis: "rings not yet offered 2.0 (early, broad), same window",
    candidate: toProfiles(devices.filter((d) => d.exposed).map(seen)),
    baseline: toProfiles(devices.filter((d) => !d.exposed).map(seen)),
    firstSignalAt: {},
  };
}
