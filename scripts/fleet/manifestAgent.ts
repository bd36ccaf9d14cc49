/** Agents that follow the rollout plan: check the manifest, install what it offers, report the update. */
import type { DeviceTickContext, DeviceTickHook } from "./api";
import { refusesVersion, type DeviceProfile } from "./devices";

/** A manifest answer as the contract shapes it. */
export interface ManifestAnswer {
  deviceId?: string;
  ring?: string | null;
  versions?: Record<string, string>;
}

export interface ManifestAgentOptions {
  /** Check the manifest every this many heartbeats (real agents poll less often than they heartbeat). */
  everyTicks?: number;
  /** Give up on a check after this long (default: the API's 30 s). */
  timeoutMs?: number;
  /**
   * true (default): the heartbeat waits for the check, so it already reports what was installed.
   * false: the check runs beside the heartbeat, which goes out on time however slow the app answers
   * (a slow manifest must not look like silent devices); the install takes effect when the answer comes.
   */
  heartbeatWaits?: boolean;
  /** Told of every answer (before anything is installed), with the wall-clock times of request and answer. */
  onAnswer?: (device: DeviceProfile, answer: ManifestAnswer, receivedAtMs: number, askedAtMs: number) => void;
  /** Told of every failed check (those the heartbeat waits for also count as the fleet's hook errors). */
  onError?: (device: DeviceProfile, error: unknown) => void;
}

/** While a fleet replays history faster than real time, the plan of the past is unknown: don't ask. */
const REPLAY_LAG_MS = 60_000;

/** The tick hook, and a way to wait for the checks under way (e.g. before reading what was offered). */
export type ManifestAgent = DeviceTickHook & { idle(): Promise<void> };

export function followManifest(options: ManifestAgentOptions = {}): ManifestAgent {
  const every = Math.max(1, options.everyTicks ?? 6);
  const heartbeatWaits = options.heartbeatWaits ?? true;
  // One check per device at a time: an answer slower than the polling period is not asked for twice.
  const checking = new Map<string, Promise<void>>();
  const hook: DeviceTickHook = (context) => {
    const { device, tick, now } = context;
    if (tick % every !== 0 || Date.now() - now.getTime() > REPLAY_LAG_MS || checking.has(device.deviceId)) return;
    const check = checkManifest(context, options, !heartbeatWaits)
      .catch((error: unknown) => {
        options.onError?.(device, error);
        throw error;
      })
      .finally(() => checking.delete(device.deviceId));
    checking.set(device.deviceId, check);
    if (heartbeatWaits) return check;
    check.catch(() => undefined);
  };
  return Object.assign(hook, { idle: async () => void (await Promise.allSettled([...checking.values()])) });
}

async function checkManifest({ device, api, emit, installed }: DeviceTickContext, options: ManifestAgentOptions, beside: boolean): Promise<void> {
  const askedAt = Date.now();
  const manifest = (await api.getJson(`/api/v1/manifest?deviceId=${encodeURIComponent(device.deviceId)}`, { timeoutMs: options.timeoutMs })) as ManifestAnswer;
  options.onAnswer?.(device, manifest, Date.now(), askedAt);
  let changed = false;
  for (const [component, version] of Object.entries(manifest.versions ?? {})) {
    const current = device.versions[component];
    // A version that failed to boot here stays out, as a boot-failure guard would keep it.
    if (current === version || refusesVersion(device, component, version)) continue;
    device.versions = { ...device.versions, [component]: version };
    emit({ type: "update", component, toVersion: version, ...(current ? { fromVersion: current } : {}), status: "installed" });
    changed = true;
  }
  // A heartbeat that waited lets the simulator see the change itself; beside it, the agent says so.
  if (changed && beside) installed();
}
