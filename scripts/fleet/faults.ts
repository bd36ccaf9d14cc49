/** Faults: what goes wrong with a device (crashes, boot loops, silence) and when. */
import type { DeviceProfile } from "./devices";
import { uniform, type Random } from "./random";

export type FaultMode =
  | { kind: "healthy" }
  /** Crashes now and then (exponential waiting time), reboots, then runs normally. */
  | { kind: "crashy"; meanSecondsBetweenCrashes: number }
  /**
   * Crashes shortly after every boot: a crash+boot cycle of about `cycleSec` (default 60). `offline`:
   * the crash comes before the agent and the network are up, so after reporting its first crash the
   * device is never heard from again (no boot, heartbeat or manifest fetch) until someone repairs it.
   * `selfRevert`: the agent's boot-failure guard rolls the component back on the boot after
   * `afterCrashes` crashes, reports it and runs healthy from then on.
   */
  | { kind: "bootLoop"; cycleSec?: number; offline?: boolean; selfRevert?: SelfRevert }
  /** Stops sending anything `afterSec` from now (default at once): powered off, unplugged, hung. */
  | { kind: "silent"; afterSec?: number };

/** What an agent's boot-failure guard restores: the component's previous version. */
export interface SelfRevert {
  afterCrashes: number;
  component: string;
  previousVersion: string;
}

export interface FaultContext {
  device: DeviceProfile;
  /** Simulated time of this heartbeat tick. */
  now: Date;
  /** Heartbeat ticks of this device so far (0 on its first). */
  tick: number;
  /** `install`: asked again within a tick because the device's versions just changed. */
  cause: "heartbeat" | "install";
  current: FaultMode;
  /** The device's own seeded stream. */
  random: Random;
}

/**
 * Called on every heartbeat tick of every device, and again right after a tick hook changed the
 * device's versions (an install). Return a mode to switch the device to it (returning the mode it
 * already has is a no-op, so a crash timer is not re-rolled), or undefined to keep it.
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
  return ({ tick, cause, random }) => {
    if (tick !== 0 || cause !== "heartbeat") return undefined;
    const roll = random();
    if (roll < s.bootLoop) return { kind: "bootLoop" };
    if (roll < s.bootLoop + s.crashy) return { kind: "crashy", meanSecondsBetweenCrashes: s.meanSecondsBetweenCrashes };
    // Silent devices are seen first for a while, so the app knows them before they disappear.
    if (roll < s.bootLoop + s.crashy + s.silent) return { kind: "silent", afterSec: Math.round(uniform(random, 30, 300)) };
    return undefined;
  };
}

/** Structural equality: re-applying the mode a device already has must not re-roll its crash timer. */
export function sameFault(a: FaultMode, b: FaultMode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
