/** How a fleet simulation is set up, and what it reports. */
import type { DeviceTickHook } from "./api";
import type { CrashSignature, DeviceProfile, Versions } from "./devices";
import type { FaultHook, FaultMode } from "./faults";
import type { RelayOptions, RelayStats } from "./relayOptions";

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
  /** Device ids are `${idPrefix}000123` (default `dev-`). */
  idPrefix?: string;
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
