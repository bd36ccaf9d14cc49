/** Agents that follow the rollout plan: check the manifest, install what it offers, report the update. */
import type { DeviceTickHook } from "./api";
import type { DeviceProfile } from "./devices";

/** A manifest answer as the contract shapes it. */
export interface ManifestAnswer {
  deviceId?: string;
  ring?: string | null;
  versions?: Record<string, string>;
}

export interface ManifestAgentOptions {
  /** Check the manifest every this many heartbeats (real agents poll less often than they heartbeat). */
  everyTicks?: number;
  /**
   * Give up on a check after this long (default: the API's 30 s). The heartbeat waits for the check,
   * so a short timeout keeps a slow app from making its devices look silent.
   */
  timeoutMs?: number;
  /** Told of every answer (before anything is installed), with the wall-clock times of request and answer. */
  onAnswer?: (device: DeviceProfile, answer: ManifestAnswer, receivedAtMs: number, askedAtMs: number) => void;
}

/** While a fleet replays history faster than real time, the plan of the past is unknown: don't ask. */
const REPLAY_LAG_MS = 60_000;

export function followManifest(options: ManifestAgentOptions = {}): DeviceTickHook {
  const every = Math.max(1, options.everyTicks ?? 6);
  return async ({ device, tick, now, api, emit }) => {
    if (tick % every !== 0 || Date.now() - now.getTime() > REPLAY_LAG_MS) return;
    const askedAt = Date.now();
    const manifest = (await api.getJson(`/api/v1/manifest?deviceId=${encodeURIComponent(device.deviceId)}`, { timeoutMs: options.timeoutMs })) as ManifestAnswer;
    options.onAnswer?.(device, manifest, Date.now(), askedAt);
    for (const [component, version] of Object.entries(manifest.versions ?? {})) {
      const current = device.versions[component];
      if (current === version) continue;
      device.versions = { ...device.versions, [component]: version };
      emit({ type: "update", component, toVersion: version, ...(current ? { fromVersion: current } : {}), status: "installed" });
    }
  };
}
