/** A device's current state as stored in the `devices` table. */
export interface CrashSignal {
  /** ISO time of the crash or crash-boot. */
  at: string;
  /** `kernel`: a kernel crash report; `boot`: a boot that says the previous shutdown was a crash. */
  source: "kernel" | "boot";
}

export interface DeviceRecord {
  deviceId: string;
  hashBucket: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastHeartbeatAt: Date | null;
  bootId: string | null;
  intervalSec: number | null;
  uptimeSec: number | null;
  hostname: string | null;
  os: string | null;
  osVersion: string | null;
  model: string | null;
  ringPin: string | null;
  /** Null until the agent reports tags. */
  tags: Record<string, string> | null;
  versions: Record<string, string>;
  lastCrashAt: Date | null;
  lastCrashKind: string | null;
  crashSignals: CrashSignal[];
  stableAt: Date | null;
  bootLoopAt: Date | null;
}

export function newDeviceRecord(deviceId: string, hashBucket: number, seenAt: Date): DeviceRecord {
  return {
    deviceId,
    hashBucket,
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    lastHeartbeatAt: null,
    bootId: null,
    intervalSec: null,
    uptimeSec: null,
    hostname: null,
    os: null,
    osVersion: null,
    model: null,
    ringPin: null,
    tags: null,
    versions: {},
    lastCrashAt: null,
    lastCrashKind: null,
    crashSignals: [],
    stableAt: null,
    bootLoopAt: null,
  };
}
