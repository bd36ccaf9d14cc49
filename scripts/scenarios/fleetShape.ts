/** Building blocks every scenario fleet shares: ring pins, per-device draws, background faults. */
import { demoFaults, hashSeed, mulberry32, type DeviceProfile, type FaultHook, type FaultMode, type Random } from "../fleet/simulator";

export const FIRST_RING = "canary";

/** Ring shares of the scenario fleets; pinned in heartbeats so membership never depends on the app's hashing. */
export const RING_SHARES: ReadonlyArray<readonly [string, number]> = [
  [FIRST_RING, 0.1],
  ["early", 0.3],
  ["broad", 0.6],
];

/** How long each ring bakes, unless a scenario's plan gives its canary longer. */
export const STAGE_BAKE_SECONDS = 60;

/** The deployment's stages: every ring in order, the first one baking `canaryBakeSec`. */
export function rolloutStages(canaryBakeSec = STAGE_BAKE_SECONDS): Array<{ ring: string; bakeSeconds: number }> {
  return RING_SHARES.map(([ring]) => ({ ring, bakeSeconds: ring === FIRST_RING ? canaryBakeSec : STAGE_BAKE_SECONDS }));
}

export const DEFAULT_INTERVAL_SEC = 10;

/** The demo's background (npm run demo): some devices crash now and then, a few boot-loop, a few go silent. */
export const BACKGROUND_FAULTS = { crashy: 0.02, bootLoop: 0.005, silent: 0.01, meanSecondsBetweenCrashes: 900 };

/**
 * The device's number in its fleet (ids are `<prefix><number>`): unlike the id, which carries the
 * run's tag, it is the same in every run, so every run draws the same fleet.
 */
export function deviceNumber(device: Pick<DeviceProfile, "deviceId">): string {
  return device.deviceId.slice(device.deviceId.lastIndexOf("-") + 1);
}

/** A stream of draws for one device and one purpose, independent of the simulator's own streams. */
export function deviceRandom(seed: number, purpose: string, device: Pick<DeviceProfile, "deviceId">): Random {
  return mulberry32(hashSeed(seed, purpose, deviceNumber(device)));
}

/** The ring a device is pinned to: a fixed share of the fleet per ring, drawn per device. */
export function ringFor(seed: number, device: Pick<DeviceProfile, "deviceId">, shares = RING_SHARES): string {
  let roll = deviceRandom(seed, "ring", device)();
  for (const [ring, share] of shares) {
    roll -= share;
    if (roll < 0) return ring;
  }
  return shares[shares.length - 1][0];
}

export function pinRing(seed: number, profile: DeviceProfile): DeviceProfile {
  return { ...profile, ring: ringFor(seed, profile) };
}

export function runs(device: DeviceProfile, component: string, version: string): boolean {
  return device.versions[component] === version;
}

/** Devices that stopped or loop on their own keep doing so: scenario rules only reshape the rest. */
export function isStuck(mode: FaultMode): boolean {
  return mode.kind === "silent" || mode.kind === "bootLoop";
}

/** The demo background first, then `rule` for devices the background left running. */
export function onTopOfBackground(rule: FaultHook, background: FaultHook = demoFaults(BACKGROUND_FAULTS)): FaultHook {
  return (context) => {
    const drawn = background(context);
    if (drawn) return drawn;
    return isStuck(context.current) ? undefined : rule(context);
  };
}
